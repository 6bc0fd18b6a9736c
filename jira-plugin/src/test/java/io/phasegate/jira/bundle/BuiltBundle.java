package io.phasegate.jira.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/** The plugin jar produced by {@code mvn package}, as the integration tests inspect it. */
final class BuiltBundle implements AutoCloseable {
    private final Path path;
    private final JarFile jar;

    private BuiltBundle(Path path) throws IOException {
        this.path = path;
        this.jar = new JarFile(path.toFile());
    }

    /** Opens the jar whose path failsafe passes in {@code bundle.jar}. */
    static BuiltBundle open() {
        String location = System.getProperty("bundle.jar");
        assertThat(location).as("system property bundle.jar (set by failsafe)").isNotBlank();
        Path path = Path.of(location);
        assertThat(path).as("the built plugin jar").exists();
        try {
            return new BuiltBundle(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path() {
        return path;
    }

    Attributes mainAttributes() {
        try {
            Manifest manifest = jar.getManifest();
            return manifest.getMainAttributes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String header(String name) {
        return mainAttributes().getValue(name);
    }

    boolean contains(String entry) {
        return jar.getEntry(entry) != null;
    }

    List<String> entries() {
        List<String> names = new ArrayList<>();
        jar.stream().map(JarEntry::getName).forEach(names::add);
        return names;
    }

    byte[] read(String entry) {
        ZipEntry e = jar.getEntry(entry);
        assertThat(e).as("entry %s in the plugin jar", entry).isNotNull();
        try (InputStream in = jar.getInputStream(e)) {
            return in.readAllBytes();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    Properties properties(String entry) {
        Properties props = new Properties();
        try (InputStream in = jar.getInputStream(jar.getEntry(entry))) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return props;
    }

    /** Copies an embedded jar (Bundle-ClassPath entry) out to a file. */
    Path extract(String entry, Path dir) throws IOException {
        Path target = dir.resolve(Path.of(entry).getFileName().toString());
        Files.write(target, read(entry));
        return target;
    }

    /** The Bundle-ClassPath entries other than the bundle root. */
    List<String> embeddedJars() {
        String cp = header("Bundle-ClassPath");
        if (cp == null) {
            return List.of();
        }
        return Arrays.stream(cp.split(","))
                .map(String::trim)
                .filter(s -> !s.equals("."))
                .toList();
    }

    @Override
    public void close() throws IOException {
        jar.close();
    }
}
