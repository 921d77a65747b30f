package org.paperkg.server;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.rdf.model.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the Fuseki web console (the static files under {@code webapp/} of jena-fuseki-ui) read-only.
 *
 * <p>Fuseki's own {@code FMod_UI} only finds {@code webapp/} when it is inside a jar, so running from
 * {@code target/classes} or an IDE with an unpacked copy gives 404 at {@code /}. This module looks the
 * directory up on the class path itself and accepts both forms:
 * <ul>
 *   <li>{@code jar:file:/.../x.jar!/webapp/index.html} (the jena-fuseki-ui jar, or our shaded jar) &rarr; the
 *       {@code jar:...!/webapp/} URI string, which {@code staticFileBase} hands to Jetty as is;</li>
 *   <li>{@code file:/.../webapp/index.html} (a class path directory) &rarr; the absolute directory path.</li>
 * </ul>
 *
 * <p>Besides the files it enables only the read endpoints the console calls: {@code /$/ping},
 * {@code /$/server} (server and dataset description) and {@code /$/stats/*}. No admin endpoints
 * ({@code /$/datasets}, {@code /$/backup}, {@code /$/compact}, {@code /$/sleep}, {@code /$/tasks}) are added,
 * so those answer 404. The console's "manage" pages therefore show errors; the dataset pages
 * (query, info) work.
 */
public final class ConsoleModule implements FusekiModule {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleModule.class);

    /** Class path folder that holds the console (as in the jena-fuseki-ui jar). */
    public static final String WEBAPP = "webapp";

    private final String staticBase;

    private ConsoleModule(String staticBase) {
        this.staticBase = staticBase;
    }

    /** A module for the console found on the class path of this class, or empty when it is not there. */
    public static Optional<ConsoleModule> fromClasspath() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        if (cl == null) {
            cl = ConsoleModule.class.getClassLoader();
        }
        return locateWebapp(cl).map(ConsoleModule::new);
    }

    /** A module for a console at an explicit location (a directory path or a {@code jar:...!/webapp/} URI). */
    public static ConsoleModule at(String staticBase) {
        return new ConsoleModule(staticBase);
    }

    /** The location handed to {@code staticFileBase}: a {@code jar:} URI string or an absolute directory path. */
    public String staticBase() {
        return staticBase;
    }

    /**
     * Finds {@code webapp/index.html} on the class path and returns the base to serve from, as explained in the
     * class comment. Looks for the file rather than the folder because jars need not contain folder entries.
     */
    static Optional<String> locateWebapp(ClassLoader cl) {
        URL index = cl.getResource(WEBAPP + "/index.html");
        if (index == null) {
            return Optional.empty();
        }
        String url = index.toExternalForm();
        String base = url.substring(0, url.length() - "index.html".length());
        switch (index.getProtocol()) {
            case "jar":
                return Optional.of(base);
            case "file":
                try {
                    Path dir = Path.of(new URL(base).toURI()).toAbsolutePath();
                    return Files.isDirectory(dir) ? Optional.of(dir.toString()) : Optional.empty();
                } catch (URISyntaxException | java.net.MalformedURLException | IllegalArgumentException e) {
                    LOG.warn("Cannot use console location {}: {}", base, e.toString());
                    return Optional.empty();
                }
            default:
                LOG.warn("Console files found at an unsupported location: {}", url);
                return Optional.empty();
        }
    }

    @Override
    public String name() {
        return "paperkg console";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        LOG.debug("Console files: {}", staticBase);
        builder.staticFileBase(staticBase);
        builder.enablePing(true);
        builder.enableStats(true);
        builder.addProcessor("/$/server", new ActionServerStatus());
    }
}
