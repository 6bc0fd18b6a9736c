package io.phasegate.web;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The fixture server and a headless Chromium for one browser-test class: started before its first
 * test, closed after its last. Register with {@code @RegisterExtension static final BrowserSession}.
 */
final class BrowserSession implements BeforeAllCallback, AfterAllCallback {
    private FixtureServer server;
    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = FixtureServer.start();
        browser = Browser.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    FixtureServer server() {
        return server;
    }

    Browser browser() {
        return browser;
    }
}
