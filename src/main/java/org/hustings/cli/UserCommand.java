package org.hustings.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.staff.Role;
import org.hustings.staff.Staff;
import org.hustings.staff.StaffUser;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hustings user add|list}: staff logins. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Add and list staff logins for the web UI.",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class})
final class UserCommand implements Runnable {

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a login. The password is asked for twice on the terminal, or read from standard input.")
    static final class Add implements Runnable {
        @Mixin
        StoreOption store;

        @Option(names = "--username", required = true, description = "Login name: letters, digits, dots, dashes, underscores or @.")
        String username;

        @Option(names = "--role", required = true,
                description = "One of: dpo, data-manager, organiser, canvasser, auditor.")
        String role;

        @Option(names = "--display-name", required = true, description = "The name shown on every page, e.g. \"Asha Patel\".")
        String displayName;

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean passwordStdin;

        @Override
        public void run() {
            Role r = Role.parse(role);
            char[] password = passwordStdin ? fromStdin() : fromTerminal();
            try (var s = store.open()) {
                StaffUser u = new Staff(s).addUser(username, displayName, r, password);
                System.out.println("Added " + u.username() + " (" + u.displayName() + ") as " + name(u.role()) + ".");
                System.out.println(u.role().description());
            } finally {
                Arrays.fill(password, '\0');
            }
        }

        private static char[] fromStdin() {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null) {
                    throw new HustingsException(ErrorCode.BAD_REQUEST, "--password-stdin was given but standard input was empty.");
                }
                return line.toCharArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static char[] fromTerminal() {
            Console console = System.console();
            if (console == null) {
                throw new HustingsException(ErrorCode.BAD_REQUEST,
                        "There is no terminal to ask for the password. Pipe it in and add --password-stdin.");
            }
            char[] first = console.readPassword("Password (12 characters or more): ");
            char[] again = console.readPassword("The same password again: ");
            if (first == null || !Arrays.equals(first, again)) {
                throw new HustingsException(ErrorCode.BAD_REQUEST, "The two passwords were not the same; nothing was added.");
            }
            Arrays.fill(again, '\0');
            return first;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the logins and their roles.")
    static final class ListUsers implements Runnable {
        @Mixin
        StoreOption store;

        @Override
        public void run() {
            try (var s = store.open()) {
                var users = new Staff(s).users();
                if (users.isEmpty()) {
                    System.out.println("No logins yet. Add one with: hustings user add --username NAME --role dpo --display-name \"Your Name\"");
                    return;
                }
                System.out.printf("%-24s %-14s %-30s %s%n", "USERNAME", "ROLE", "DISPLAY NAME", "ADDED");
                for (StaffUser u : users) {
                    System.out.printf("%-24s %-14s %-30s %s%n", u.username(), name(u.role()), u.displayName(), u.createdAt());
                }
            }
        }
    }

    static String name(Role role) {
        return role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
