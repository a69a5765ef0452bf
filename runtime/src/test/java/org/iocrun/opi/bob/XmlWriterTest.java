package org.iocrun.opi.bob;

import static org.iocrun.opi.bob.XmlNode.element;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XmlWriterTest {

    @Test
    void indentsChildrenAndSelfClosesEmptyElements() {
        XmlNode root = element("display", null, element("name", "Title"), element("x_pv", null),
                element("title", ""), element("font", null, element("font", "\n      ").withAttribute("size", "14.0")))
                .withAttribute("version", "2.0.0");
        assertEquals("""
                <display version="2.0.0">
                  <name>Title</name>
                  <x_pv/>
                  <title></title>
                  <font>
                    <font size="14.0">
                      </font>
                  </font>
                </display>
                """, XmlWriter.write(root));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a & b < c > d|a &amp; b &lt; c &gt; d",
        "Advanced \u29C9|Advanced &#10697;",
        "caf\u00e9|caf&#233;",
        "say \"hi\"|say \"hi\"",
        "\uD83D\uDE00|&#128512;",
    })
    void escapesTextToAscii(String text, String written) {
        assertEquals("<t>" + written + "</t>\n", XmlWriter.write(element("t", text)));
    }

    /** CSV sources trim control characters, so this one has its own test. */
    @Test
    void replacesCharactersXmlForbids() {
        assertEquals("<t>bell&#65533;</t>\n", XmlWriter.write(element("t", "bell\u0007")));
    }

    @Test
    void escapesAttributes() {
        assertEquals("<t a=\"x &quot;y&quot; &amp; &lt;z&gt;&#10;\"/>\n",
                XmlWriter.write(element("t", null).withAttribute("a", "x \"y\" & <z>\n")));
    }

    @Test
    void keepsNewlinesInText() {
        assertEquals("<tooltip>$(P)Go = 1\n$(pv_value)</tooltip>\n",
                XmlWriter.write(element("tooltip", "$(P)Go = 1\n$(pv_value)")));
    }
}
