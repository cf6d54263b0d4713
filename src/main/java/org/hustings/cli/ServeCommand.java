package org.hustings.cli;

import java.util.concurrent.CountDownLatch;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.staff.Staff;
import org.hustings.store.Store;
import org.hustings.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hustings serve}: the web UI, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web UI (login, the Register page and its JSON API) until stopped with Ctrl-C.")
final class ServeCommand implements Runnable {
    @Mixin
    StoreOption store;

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1",
            description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only).")
    String bind;

    @Option(names = "--secure-cookies",
            description = "Mark cookies Secure: use this when a TLS proxy in front of Hustings serves it over https.")
    boolean secureCookies;

    @Override
    public void run() {
        if (port < 0 || port > 65535) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "The port must be between 0 and 65535; got " + port + ".");
        }
        Store s = store.open();
        WebServer web;
        try {
            web = WebServer.start(s, port, bind, secureCookies);
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            web.stop();
            s.close();
            stopped.countDown();
        }, "hustings-serve-stop"));
        System.out.println("Hustings is serving " + s.location().describe() + " at " + web.url());
        if (new Staff(s).users().isEmpty()) {
            System.out.println("There are no logins yet. Add one with: hustings user add --username NAME --role dpo --display-name \"Your Name\"");
        }
        if (!secureCookies && !bind.startsWith("127.") && !bind.equals("localhost") && !bind.equals("::1")) {
            System.out.println("Warning: serving beyond this machine over plain http. Put Hustings behind a TLS proxy and use --secure-cookies.");
        }
        System.out.println("Press Ctrl-C to stop.");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
