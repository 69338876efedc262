package org.bridgeway.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

class ChartsTest {

  @Test
  void drawsALabelledSvgThatScalesAndCarriesItsOwnPolicy() {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    data.addValue(3, "Score", "Mental health");
    data.addValue(6, "Score", "Physical health");
    JFreeChart chart = Charts.styled(ChartFactory.createBarChart(null, null, "Score", data));

    byte[] svg = Charts.svg(chart, 640, 360, "Scores <by domain>", "Mental health 3, physical health 6");
    String text = new String(svg, StandardCharsets.UTF_8);

    assertThat(text).startsWith("<?xml").contains("<svg role=\"img\" ")
        .contains("viewBox='0.0 0.0 640.0 360.0'")
        .contains("<title>Scores &lt;by domain&gt;</title>")
        .contains("<desc>Mental health 3, physical health 6</desc>")
        .contains("Physical health").endsWith("</svg>");
    assertThat(text).doesNotContain("<script");

    ResponseEntity<byte[]> response = Charts.response(svg);
    assertThat(response.getHeaders().getContentType()).hasToString("image/svg+xml");
    assertThat(response.getHeaders().getFirst("Content-Security-Policy")).isEqualTo(Charts.CHART_SECURITY_POLICY);
    assertThat(response.getBody()).isEqualTo(svg);
  }
}
