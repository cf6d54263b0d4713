package org.hustings.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.link.store.LinkStore;
import org.hustings.register.RegisterOverview;
import org.hustings.staff.Staff;
import org.hustings.store.Store;

/**
 * The web shell: login, the Register page and its JSON API, on Javalin.
 *
 * <pre>{@code
 * WebServer web = WebServer.start(store, 8080, "127.0.0.1");
 * System.out.println(web.url());
 * web.stop();
 * }</pre>
 */
public final class WebServer implements AutoCloseable {
    private final Javalin app;
    private final String host;

    private WebServer(Javalin app, String host) {
        this.app = app;
        this.host = host;
    }

    /** Starts on {@code bindAddress:port} (port 0 picks a free port). Cookies are Secure only over https. */
    public static WebServer start(Store store, int port, String bindAddress) {
        return start(store, port, bindAddress, false);
    }

    /** As {@link #start(Store, int, String)}; {@code secureCookies} marks cookies Secure, for serving behind a TLS proxy. */
    public static WebServer start(Store store, int port, String bindAddress, boolean secureCookies) {
        return start(store, new Staff(store), port, bindAddress, secureCookies);
    }

    /** For tests: a {@link Staff} with a low bcrypt cost or a controlled clock. */
    static WebServer start(Store store, Staff staff, int port, String bindAddress, boolean secureCookies) {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(json, false));
        });
        RequestGuard guard = new RequestGuard(staff);
        app.before(RequestGuard::headers);
        app.beforeMatched(guard::check);
        Errors.install(app);

        Templates templates = new Templates();
        RegisterOverview overview = new RegisterOverview(store);
        Routes routes = new Routes(app);
        byte[] css = resource("static/hustings.css");
        routes.get("/static/hustings.css", ctx -> ctx.contentType("text/css; charset=utf-8").result(css));
        new LoginRoutes(staff, templates, json, secureCookies).register(routes);
        new HomePage(templates).register(routes);
        new RegisterPage(overview, templates).register(routes);
        new Api(overview).register(routes);
        new LedgerPage(new org.hustings.ledger.Ledger(store), templates).register(routes);
        new RightsPages(store, templates).register(routes);
        new PurposesPage(store, templates).register(routes);
        new PurposeEditPage(store, templates).register(routes);
        new SourcesPage(store, templates).register(routes);
        new GatePage(store, templates).register(routes);
        new ConsentsPage(store, templates).register(routes);
        new LinkReviewPage(new LinkStore(store), templates, json).register(routes);
        new PendingRowsApi(new LinkStore(store)).register(routes);
        new PeoplePage(store, templates).register(routes);

        try {
            app.start(bindAddress, port);
        } catch (JavalinBindException e) {
            throw new HustingsException(ErrorCode.CONFLICT, "Could not listen on " + bindAddress + ":" + port
                    + ": is another program using that port? Choose another with --port.", e);
        }
        return new WebServer(app, bindAddress);
    }

    public int port() {
        return app.port();
    }

    /** The address to open in a browser. */
    public String url() {
        String h = host == null || host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
        if (h.contains(":")) {
            h = "[" + h + "]";
        }
        return "http://" + h + ":" + port() + "/";
    }

    public void stop() {
        app.stop();
    }

    @Override
    public void close() {
        stop();
    }

    private static byte[] resource(String name) {
        try (InputStream in = WebServer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
