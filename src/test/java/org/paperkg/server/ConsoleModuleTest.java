package org.paperkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console module finds {@code webapp/} in a jar (UI jar, shaded jar) and in a class path directory. */
class ConsoleModuleTest {

    private static final String INDEX = "<!DOCTYPE html><html><body><div id=\"app\">paperkg-test-console</div></body></html>";

    @TempDir
    Path tmp;

    @Test
    void findsTheUiJarOnTheTestClasspath() {
        Optional<String> base = ConsoleModule.locateWebapp(ConsoleModuleTest.class.getClassLoader());
        assertTrue(base.isPresent());
        assertTrue(base.get().startsWith("jar:") && base.get().endsWith("!/webapp/"), base.get());
    }

    @Test
    void nothingWhenAbsent() throws Exception {
        try (URLClassLoader cl = new URLClassLoader(new URL[] {tmp.toUri().toURL()}, null)) {
            assertEquals(Optional.empty(), ConsoleModule.locateWebapp(cl));
        }
    }

    @Test
    void servesFromAClasspathDirectory() throws Exception {
        Path classes = tmp.resolve("classes");
        Files.createDirectories(classes.resolve("webapp/static"));
        Files.writeString(classes.resolve("webapp/index.html"), INDEX);
        Files.writeString(classes.resolve("webapp/static/app.js"), "console.log('x');");
        try (URLClassLoader cl = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            String base = ConsoleModule.locateWebapp(cl).orElseThrow();
            assertEquals(classes.resolve("webapp").toAbsolutePath().toString(), base);
            assertServes(base);
        }
    }

    @Test
    void servesFromAnOtherJar() throws Exception {
        // Like the shaded paperkg jar: webapp/ inside a jar that is not jena-fuseki-ui, without folder entries.
        Path jar = tmp.resolve("shaded.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            put(out, "webapp/index.html", INDEX);
            put(out, "webapp/static/app.js", "console.log('x');");
        }
        try (URLClassLoader cl = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            String base = ConsoleModule.locateWebapp(cl).orElseThrow();
            assertTrue(base.startsWith("jar:file:") && base.endsWith("shaded.jar!/webapp/"), base);
            assertServes(base);
        }
    }

    private static void put(JarOutputStream out, String name, String content) throws Exception {
        out.putNextEntry(new JarEntry(name));
        OutputStream o = out;
        o.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    private static void assertServes(String base) throws Exception {
        FusekiServer server = FusekiServer.create().port(0).loopback(true)
                .fusekiModules(FusekiModules.create(ConsoleModule.at(base)))
                .add("/kg", DatasetGraphFactory.createTxnMem(), false)
                .build().start();
        try {
            String url = "http://127.0.0.1:" + server.getHttpPort();
            var index = KgFixture.get(url + "/", "text/html");
            assertEquals(200, index.statusCode());
            assertTrue(index.body().contains("paperkg-test-console"), index.body());
            assertEquals(200, KgFixture.get(url + "/static/app.js", "*/*").statusCode());
            assertEquals(200, KgFixture.get(url + "/$/ping", null).statusCode());
            assertTrue(KgFixture.get(url + "/$/server", null).body().contains("/kg"));
        } finally {
            server.stop();
        }
    }
}
