package io.renloop.platform.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The background-job workers of this node (ADR 0020).
 *
 * @param pollInterval how often an idle worker looks for a job (a local submit wakes it at once)
 * @param leaseDuration how long a claimed job stays this node's without a checkpoint or heartbeat; after that
 * another node may claim it
 * @param workerThreads jobs this node runs at the same time
 * @param maxAttempts claims of one job before it is FAILED (a node dying or the handler throwing counts)
 * @param retryDelay how long a job whose handler threw waits before it is claimed again
 * @param nodeId this node's name in {@code lease_owner}; host, process id and a random suffix when empty
 */
@ConfigurationProperties("renloop.jobs")
public record BackgroundJobProperties(@DefaultValue("2s") Duration pollInterval,
		@DefaultValue("30s") Duration leaseDuration, @DefaultValue("1") int workerThreads,
		@DefaultValue("5") int maxAttempts, @DefaultValue("10s") Duration retryDelay, @DefaultValue("") String nodeId) {
}
