package io.renloop.recruitment.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on scheduled jobs such as {@link CandidateRetentionJob}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RetentionScheduling {
}
