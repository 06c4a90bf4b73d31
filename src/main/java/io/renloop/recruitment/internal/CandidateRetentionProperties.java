package io.renloop.recruitment.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long candidates' personal data is kept. When {@link CandidateRetentionJob} erases those whose time is up
 * is the cron expression {@code renloop.recruitment.retention-cron}.
 * @param retentionMonths months after consent (renewed by every new application) until a candidate is erased
 */
@ConfigurationProperties("renloop.recruitment")
record CandidateRetentionProperties(@DefaultValue("24") int retentionMonths) {
}
