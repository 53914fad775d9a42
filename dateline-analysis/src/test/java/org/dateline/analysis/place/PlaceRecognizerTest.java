package org.dateline.analysis.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceRecognizerTest {

    @ParameterizedTest(name = "the place printed in \"{0}\" is \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "IZIUM, Ukraine                                 | IZIUM",
        "KYIV (Reuters)                                 | KYIV",
        "CAIRO (Daily News / Sputnik - 8th May, 2021)   | CAIRO",
        "GAZA STRIP                                     | GAZA STRIP",
    })
    void theDatelinesPlaceEndsBeforeItsRegionAgencyOrDate(String dateline, String place) {
        assertEquals(place, dateline.substring(0, PlaceRecognizer.placeLength(dateline)));
    }
}
