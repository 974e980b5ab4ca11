package org.chokepoint.reports.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentReaderTest {
  @Test
  void onlyHttpLinksAreKeptAsTheDocumentsUrl() throws Exception {
    SourceDocument d = DocumentReader.parse("a.txt", "URL: javascript:alert(document.cookie)\n\nBody text here."
        .getBytes(StandardCharsets.UTF_8));
    assertThat(d.url()).isEmpty();
    assertThat(d.warnings()).anyMatch(w -> w.contains("not an http(s) link"));
    SourceDocument html = DocumentReader.parse("a.html", ("<html><head><link rel=canonical href=\"data:text/html,x\">"
        + "</head><body><p>Body text here.</p></body></html>").getBytes(StandardCharsets.UTF_8));
    assertThat(html.url()).isEmpty();
    SourceDocument ok = DocumentReader.parse("b.txt", "URL: https://example.org/2024/10/30/story\n\nBody."
        .getBytes(StandardCharsets.UTF_8));
    assertThat(ok.url()).isEqualTo("https://example.org/2024/10/30/story");
    assertThat(ok.published()).isEqualTo("2024-10-30");
  }

  @Test
  void aUrlDatesADocumentAtThePrecisionItHas() {
    assertThat(DocumentReader.dateFromUrl("http://quzaobao.com/news/politics/202311/036278.html")).isEqualTo("2023-11");
    assertThat(DocumentReader.dateFromUrl("https://x.co.za/bd/2024-10-30-us-places-new-sanctions/"))
        .isEqualTo("2024-10-30");
    assertThat(DocumentReader.dateFromUrl("https://x.com/news/7210/story.html")).isEmpty();
  }
}
