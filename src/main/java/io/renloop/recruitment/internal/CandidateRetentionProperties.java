package io.renloop.recruitment.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long candidates' personal data is kept, and when the nightly erasure of expired candidates runs.
 * @param retentionMonths months after consent (renewed by every new application) until a candidate is erased
 * @param retentionCron when {@link CandidateRetentionJob} runs, a Spring cron expression in the server's zone
 */
@ConfigurationProperties("renloop.recruitment")
record CandidateRetentionProperties(@DefaultValue("24") int retentionMonths,
		@DefaultValue("0 30 3 * * *") String retentionCron) {
}
