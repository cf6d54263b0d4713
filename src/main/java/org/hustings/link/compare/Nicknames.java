package org.hustings.link.compare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The table of forenames that name the same person (Bill = William, Peggy = Margaret), loaded
 * once from {@code nicknames.txt} beside this class. Each group has a number; a name maps to the
 * sorted numbers of the groups it is in, and two names are aliases when those sets meet.
 */
public final class Nicknames {
    private static final int[] NONE = new int[0];
    private static final Nicknames TABLE = load();

    private final Map<String, int[]> groups;
    private final List<List<String>> members;

    private Nicknames(Map<String, int[]> groups, List<List<String>> members) {
        this.groups = groups;
        this.members = members;
    }

    /** The names of group number {@code group}, formal name first. */
    public List<String> members(int group) {
        return members.get(group);
    }

    /** The built-in table. */
    public static Nicknames table() {
        return TABLE;
    }

    /** The sorted group numbers of a name (lower case); empty when the name is not in the table. */
    public int[] groupsOf(String name) {
        return name == null ? NONE : groups.getOrDefault(name.toLowerCase(Locale.ROOT), NONE);
    }

    /** True when the two names share a group. */
    public boolean aliases(String a, String b) {
        return meet(groupsOf(a), groupsOf(b));
    }

    /** True when two sorted arrays of group numbers share a number. */
    public static boolean meet(int[] x, int[] y) {
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                return true;
            }
            if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    private static Nicknames load() {
        Map<String, int[]> groups = new HashMap<>();
        List<List<String>> members = new ArrayList<>();
        try (InputStream in = Nicknames.class.getResourceAsStream("nicknames.txt")) {
            if (in == null) {
                throw new IllegalStateException("nicknames.txt is missing from the build");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int group = 0;
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                members.add(List.of(line.split("\\s+")));
                for (String name : line.split("\\s+")) {
                    int[] old = groups.getOrDefault(name, NONE);
                    if (old.length == 0 || old[old.length - 1] != group) {
                        int[] next = Arrays.copyOf(old, old.length + 1);
                        next[old.length] = group;
                        groups.put(name, next);
                    }
                }
                group++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Nicknames(Map.copyOf(groups), List.copyOf(members));
    }
}
