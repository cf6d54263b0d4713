package org.hustings.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The statutory sources behind the register files, recorded with their legal footing before any
 * row is stored. Representation of the People (England and Wales) Regulations 2001: the ERO
 * supplies the full register to registered parties (regs 103–105), who may use it only for
 * electoral purposes and to check whether a donation is permissible (reg 115); the marked
 * register and absent-voter lists are supplied on request for electoral or research purposes
 * (reg 117). Parties process them under UK GDPR Art 6(1)(e) with DPA 2018 s 8(e) (democratic
 * engagement).
 */
final class RegisterSources {
    private static final String BASIS = "public_task";

    private RegisterSources() {
    }

    static void ensureAuthority(Connection c, String code, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO local_authority (code, name) VALUES (?, ?) ON CONFLICT (code) DO NOTHING")) {
            ps.setString(1, code);
            ps.setString(2, name == null ? code : name);
            ps.executeUpdate();
        }
    }

    static long register(Connection c, String laCode) throws SQLException {
        return ensure(c, "ero-register:" + laCode, "Full electoral register of " + laCode,
                "UK GDPR Art 6(1)(e) with DPA 2018 s 8(e); supplied under the Representation of the People Regulations 2001 "
                        + "regs 103-105; use limited to electoral purposes and donation checks by reg 115 (misuse is an offence).",
                List.of("electoral", "donation_checks"));
    }

    static long markedRegister(Connection c, String laCode) throws SQLException {
        return ensure(c, "ero-marked:" + laCode, "Marked registers and absent-voter lists of " + laCode,
                "UK GDPR Art 6(1)(e) with DPA 2018 s 8(e); supplied on request under the Representation of the People "
                        + "Regulations 2001 reg 117 for electoral or research purposes.",
                List.of("electoral", "research"));
    }

    private static long ensure(Connection c, String code, String name, String legal, List<String> purposes) throws SQLException {
        try (PreparedStatement find = c.prepareStatement("SELECT id FROM source WHERE code = ?")) {
            find.setString(1, code);
            try (ResultSet r = find.executeQuery()) {
                if (r.next()) {
                    return r.getLong(1);
                }
            }
        }
        long id;
        try (PreparedStatement ins = c.prepareStatement(
                "INSERT INTO source (code, kind, name, supplier, article6_basis, legal_reference) "
                        + "VALUES (?, 'statutory_register', ?, ?, ?, ?) RETURNING id")) {
            ins.setString(1, code);
            ins.setString(2, name);
            ins.setString(3, "Electoral Registration Officer, " + code.substring(code.indexOf(':') + 1));
            ins.setString(4, BASIS);
            ins.setString(5, legal);
            try (ResultSet r = ins.executeQuery()) {
                r.next();
                id = r.getLong(1);
            }
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO source_purpose (source_id, purpose) VALUES (?, ?)")) {
            for (String purpose : purposes) {
                p.setLong(1, id);
                p.setString(2, purpose);
                p.executeUpdate();
            }
        }
        return id;
    }
}
