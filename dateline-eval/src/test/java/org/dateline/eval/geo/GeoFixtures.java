package org.dateline.eval.geo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tiny gold files in the two layouts, written for these tests (not taken from the corpora). */
final class GeoFixtures {

    /** Two LGL articles: three toponyms (the last without gazetteer entry), then none. */
    static final String LGL = """
            <?xml version="1.0" encoding="utf-8"?>

            <articles>
              <article docid="101">
                <feedid>1</feedid>
                <title>Paris &amp; Texas</title>
                <dltime>2009-03-20 12:24:52.002364-05</dltime>
                <text><![CDATA[Paris & Texas: Paris beat Lyon.]]></text>
                <toponyms count="3">
                  <toponym>
                    <start>0</start>
                    <end>5</end>
                    <phrase>Paris</phrase>
                    <gaztag geonameid="4717560">
                      <name>Paris</name>
                      <fclass>P</fclass>
                      <fcode>PPL</fcode>
                      <lat>33.66094</lat>
                      <lon>-95.55551</lon>
                    </gaztag>
                  </toponym>
                  <toponym>
                    <start>8</start>
                    <end>13</end>
                    <phrase>Texas</phrase>
                    <gaztag geonameid="4736286">
                      <name>Texas</name>
                      <fcode>ADM1</fcode>
                      <lat>31.25044</lat>
                      <lon>-99.25061</lon>
                    </gaztag>
                  </toponym>
                  <toponym>
                    <start>15</start>
                    <end>20</end>
                    <phrase>Paris</phrase>
                  </toponym>
                </toponyms>
              </article>
              <article docid="102">
                <dltime>2009-03-23</dltime>
                <text><![CDATA[Nothing happened.]]></text>
                <toponyms count="0"/>
              </article>
            </articles>
            """;

    /** Two GeoVirus articles (no ids): two locations, then one whose offsets are one character off. */
    static final String GEOVIRUS = """
            <articles>
                <article>
                    <source>https://example.org/wiki/Hogs</source>
                    <text>Culling in Pandi, Bulacan went on.</text>
                    <locations>
                        <location>
                            <name>Pandi</name>
                            <start>11</start>
                            <end>16</end>
                            <lat>14.87</lat>
                            <lon>120.95</lon>
                            <page>https://example.org/wiki/Pandi</page>
                        </location>
                        <location>
                            <name>Bulacan</name>
                            <start>18</start>
                            <end>25</end>
                            <lat>15</lat>
                            <lon>121.08</lon>
                            <page>https://example.org/wiki/Bulacan</page>
                            </location>
                    </locations>
                </article>
                <article>
                    <source>https://example.org/wiki/Tonga</source>
                    <text>Tonga reported a case.</text>
                    <locations>
                        <location>
                            <name>Tonga</name>
                            <start>1</start>
                            <end>6</end>
                            <lat>-21.2</lat>
                            <lon>-175.2</lon>
                            <page>https://example.org/wiki/Tonga</page>
                        </location>
                    </locations>
                </article>
            </articles>
            """;

    /**
     * One GeoWebNews article: a demonym (no coordinates), an expression (not a toponym), a literal toponym and an
     * embedded one (coordinates without GeoNames id), and a span in the title line (negative offsets).
     */
    static final String GWN = """
            <?xml version="1.0" ?>
            <articles>
            \t<!--a GeoWebNews-like fixture-->
            \t<article file="7">
            \t\t<title>Kenya</title>
            \t\t<link>http://example.org/kenya</link>
            \t\t<text>Kenyan police said Nairobi &quot;calm&quot;; Kenya Airways flew.</text>
            \t\t<toponyms>
            \t\t\t<toponym>
            \t\t\t\t<extractedName>Kenyan</extractedName>
            \t\t\t\t<normalisedName>Kenya</normalisedName>
            \t\t\t\t<type>Demonym</type>
            \t\t\t\t<modifierType />
            \t\t\t\t<nonLocational>No</nonLocational>
            \t\t\t\t<start>0</start>
            \t\t\t\t<end>6</end>
            \t\t\t</toponym>
            \t\t\t<toponym>
            \t\t\t\t<extractedName>Kenyan police</extractedName>
            \t\t\t\t<normalisedName />
            \t\t\t\t<type>Non_Lit_Expression</type>
            \t\t\t\t<modifierType />
            \t\t\t\t<nonLocational>Yes</nonLocational>
            \t\t\t\t<start>0</start>
            \t\t\t\t<end>13</end>
            \t\t\t</toponym>
            \t\t\t<toponym>
            \t\t\t\t<extractedName>Nairobi</extractedName>
            \t\t\t\t<normalisedName>Nairobi</normalisedName>
            \t\t\t\t<type>Literal</type>
            \t\t\t\t<modifierType />
            \t\t\t\t<nonLocational>No</nonLocational>
            \t\t\t\t<start>19</start>
            \t\t\t\t<end>26</end>
            \t\t\t\t<geonamesID>184745</geonamesID>
            \t\t\t\t<latitude>-1.28333</latitude>
            \t\t\t\t<longitude>36.81667</longitude>
            \t\t\t</toponym>
            \t\t\t<toponym>
            \t\t\t\t<extractedName>Kenya</extractedName>
            \t\t\t\t<normalisedName />
            \t\t\t\t<type>Embedded_Non_Lit</type>
            \t\t\t\t<modifierType />
            \t\t\t\t<nonLocational>No</nonLocational>
            \t\t\t\t<start>35</start>
            \t\t\t\t<end>40</end>
            \t\t\t\t<geonamesID />
            \t\t\t\t<latitude>1.0</latitude>
            \t\t\t\t<longitude>38.0</longitude>
            \t\t\t</toponym>
            \t\t\t<toponym>
            \t\t\t\t<extractedName>TITLE</extractedName>
            \t\t\t\t<normalisedName />
            \t\t\t\t<type>Non_Lit_Expression</type>
            \t\t\t\t<modifierType />
            \t\t\t\t<nonLocational>Yes</nonLocational>
            \t\t\t\t<start>-30</start>
            \t\t\t\t<end>-25</end>
            \t\t\t</toponym>
            \t\t</toponyms>
            \t</article>
            </articles>
            """;

    private GeoFixtures() {
    }

    static Path write(Path dir, String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
