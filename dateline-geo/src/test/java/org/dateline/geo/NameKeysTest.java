package org.dateline.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeysTest {
    private final NameKeys keys = NameKeys.standard();

    private String loose(String name) {
        return keys.looseOf(keys.fold(name));
    }

    @ParameterizedTest
    @CsvSource({"Izium,Izyum", "Kharkiv,Kharkov", "Luhansk,Lugansk", "Kyiv,Kiev", "Siversky Donets,Seversky Donets",
        "Siverskyi Donets,Siversky Donets", "Zaporizhzhia,Zaporozhye", "Odesa,Odessa", "Chernihiv,Chernigov",
        "Lysychans’k,Lisichansk", "Horlivka,Gorlovka", "Dnipro,Dnepr"})
    void transliterationsShareALooseKey(String a, String b) {
        assertEquals(loose(a), loose(b));
    }

    @ParameterizedTest
    @CsvSource({"Kyiv,Kherson", "Luhansk,Donetsk", "Izium,Kupiansk", "Paris,Perth"})
    void differentPlacesKeepDifferentKeys(String a, String b) {
        assertNotEquals(loose(a), loose(b));
    }

    private String translit(String name) {
        return keys.translitOf(keys.fold(name));
    }

    @ParameterizedTest
    @CsvSource({"Heorhiivka,Georgievka", "Kharkiv,Kharkov", "Kyiv,Kiev", "El Fasher,Al Fashir", "Al-Mawasi,Mawasi",
        "Shuja'iyya,Shujaiya", "Sievierodonetsk,Severodonetsk", "Andriivka,Andreevka", "Izium,Izyum",
        "Deir ez-Zor,Deir az Zor", "Nabatiyah,Nabatiya"})
    void romanisationsOfOneNameShareATransliterationKey(String a, String b) {
        assertEquals(translit(a), translit(b));
    }

    @ParameterizedTest
    @CsvSource({"Mansouri,Mansoura", "Kashmir,Kashmar", "Borno,Bern", "Sevare,Sawara", "Gezira,Gzira",
        "Nyanzale,Nazilli", "Shujaiya,Suzhou"})
    void similarNamesOfDifferentPlacesDoNot(String a, String b) {
        assertNotEquals(translit(a), translit(b));
    }

    @ParameterizedTest
    @CsvSource({"Mansouri,Mansoura", "Kashmir,Kashmar"})
    void similarNamesShareOnlyTheLooseKey(String a, String b) {
        assertEquals(loose(a), loose(b));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"borno state|borno", "belgorod oblast|belgorod", "riverside county|riverside",
        "red sea|red sea", "district of columbia|district of columbia", "oblast|oblast"})
    void areaNamesLoseOnlyTheirAdministrativeKindWords(String folded, String bare) {
        assertEquals(bare, keys.withoutKindWords(folded));
    }

    @ParameterizedTest
    @CsvSource({"al daraj,gaza,PS,", "daraj,gaza,PS,", "gaza city,gaza,PS,", "dr congo,democratic republic of the congo,CD,"})
    void pressNamesAreAliasesWithOrWithoutTheArticle(String from, String to, String country, String featureCode) {
        assertEquals(new NameKeys.Alias(to, country, featureCode), keys.alias(from));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Luhans’k Oblast|luhansk oblast", "Łódź|lodz", "São Tomé|sao tome",
        "Saint-Étienne|saint etienne", "Dnipropetrovs'k|dnipropetrovsk", "Straße|strasse"})
    void foldingDropsDiacriticsApostrophesAndPunctuation(String name, String folded) {
        assertEquals(folded, keys.fold(name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"the luhansk oblast|luhansk", "harris county|harris", "oblast|oblast"})
    void coreDropsGenericWords(String folded, String core) {
        assertEquals(core, keys.core(folded));
    }

    @ParameterizedTest
    @CsvSource({"nikolaev,mykolaiv,UA,", "artemovsk,bakhmut,UA,", "w va,west virginia,US,ADM1"})
    void aliasesComeFromTheRulesFile(String from, String to, String country, String featureCode) {
        assertEquals(new NameKeys.Alias(to, country, featureCode), keys.alias(from));
    }
}
