package org.bridgeway;

import org.bridgeway.access.AdminCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Starts Bridgeway, or runs one of its operator commands (see README). */
@SpringBootApplication
@EnableScheduling
public class Bridgeway {

  public static void main(String[] args) {
    if (AdminCommand.isRequested(args)) {
      new SpringApplicationBuilder(Bridgeway.class)
          .web(WebApplicationType.NONE)
          .properties("bridgeway.demo.enabled=false", "spring.main.banner-mode=off")
          .run(args)
          .close();
      return;
    }
    SpringApplication.run(Bridgeway.class, args);
  }

  /** Today's date and the time of day, in the alliance's time zone (the UK). */
  @Bean
  Clock clock() {
    return Clock.system(java.time.ZoneId.of("Europe/London"));
  }
}
