package io.renloop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Renloop: a multi-tenant HR suite that runs the whole employee lifecycle as one loop of data.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
public class RenloopApplication {

	public static void main(String[] args) {
		SpringApplication.run(RenloopApplication.class, args);
	}
}
