package org.dateline.geo.npm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dateline.geo.GazetteerSink;
import org.dateline.geo.GeoRecord;

/** Keeps what a reader gives, in order. */
final class RecordingSink implements GazetteerSink {
    record AlternateName(long id, String name, String language) {
    }

    final List<GeoRecord> places = new ArrayList<>();
    final List<AlternateName> alternateNames = new ArrayList<>();
    final Map<String, String> adminNames = new LinkedHashMap<>();

    @Override
    public void place(GeoRecord record) {
        places.add(record);
    }

    @Override
    public void alternateName(long id, String name, String language) {
        alternateNames.add(new AlternateName(id, name, language));
    }

    @Override
    public void adminName(String code, String name) {
        adminNames.put(code, name);
    }

    List<GeoRecord> withCode(String featureCode) {
        return places.stream().filter(p -> p.featureCode().equals(featureCode)).toList();
    }
}
