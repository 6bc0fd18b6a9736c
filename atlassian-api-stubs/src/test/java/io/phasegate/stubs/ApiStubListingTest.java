package io.phasegate.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Member;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks that every compiled stub cites a public https source, that the module holds nothing but
 * Atlassian stand-ins and their annotation, and that {@code docs/dev/api-stubs.md} lists the stubs
 * as they are. A stale listing is rewritten in place; only CI (env {@code CI} set) fails on it, so
 * a local build refreshes the file and CI catches a listing that was not committed.
 *
 * @see ApiSource
 */
class ApiStubListingTest {

    private static final Path MODULE_DIR = Path.of(System.getProperty("user.dir"));
    private static final Path CLASSES = MODULE_DIR.resolve("target/classes");
    private static final Path LISTING =
            MODULE_DIR.resolve("../docs/dev/api-stubs.md").normalize();

    @Test
    void everyStubTypeCitesAnHttpsSource() throws IOException {
        List<Class<?>> stubs = classesUnder("com");

        assertThat(stubs).as("compiled stub types under %s/com", CLASSES).isNotEmpty();
        assertThat(stubs).allSatisfy(type -> {
            assertThat(type.getAnnotation(ApiSource.class))
                    .as("@ApiSource on %s", type.getName())
                    .isNotNull();
            assertHttps(type.getAnnotation(ApiSource.class), type.getName());
        });
    }

    @Test
    void everyMemberLevelSourceIsHttps() throws IOException {
        for (Class<?> type : classesUnder("com")) {
            for (Member member : ApiStubListing.members(type)) {
                ApiSource source = ((AnnotatedElement) member).getAnnotation(ApiSource.class);
                if (source != null) {
                    assertHttps(source, type.getName() + "#" + member.getName());
                }
            }
        }
    }

    @Test
    void moduleHoldsOnlyAtlassianStandInsAndTheirAnnotation() throws IOException {
        assertThat(classesUnder(""))
                .extracting(Class::getName)
                .allMatch(name -> name.startsWith("com.atlassian.") || name.startsWith("io.phasegate.stubs."));
    }

    @Test
    void committedListingMatchesTheStubs() throws IOException {
        String expected = ApiStubListing.render(classesUnder("com"));
        String committed = Files.exists(LISTING) ? Files.readString(LISTING, StandardCharsets.UTF_8) : "";
        if (!expected.equals(committed)) {
            Files.createDirectories(LISTING.getParent());
            Files.writeString(LISTING, expected, StandardCharsets.UTF_8);
            assertThat(System.getenv("CI"))
                    .as("%s was stale; it has been regenerated, commit it", LISTING)
                    .isNull();
        }
        assertThat(Files.readString(LISTING, StandardCharsets.UTF_8)).startsWith(ApiStubListing.GENERATED_BY);
    }

    private static void assertHttps(ApiSource source, String where) {
        URI uri = URI.create(source.value());
        assertThat(uri.getScheme()).as("scheme of @ApiSource on %s", where).isEqualTo("https");
        assertThat(uri.getHost()).as("host of @ApiSource on %s", where).isNotBlank();
    }

    private static List<Class<?>> classesUnder(String packageDir) throws IOException {
        Path root = CLASSES.resolve(packageDir);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(ApiStubListingTest::load)
                    .toList();
        }
    }

    private static Class<?> load(Path classFile) {
        String relative = CLASSES.relativize(classFile).toString().replace('\\', '/');
        String name =
                relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
        try {
            return Class.forName(name, false, ApiStubListingTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("compiled but not loadable: " + name, e);
        }
    }
}
