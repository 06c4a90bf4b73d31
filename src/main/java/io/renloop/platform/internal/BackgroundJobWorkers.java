package io.renloop.platform.internal;

import io.renloop.platform.BackgroundJobHandler;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * This node's job worker threads ({@code renloop.jobs.worker-threads}, one by default): each runs claimable jobs
 * one after the other, then waits for a local submit or the poll interval. Stopping lets a running job finish its
 * current step on its own; a job left behind is resumed by the next node once its lease expired.
 */
@Component
class BackgroundJobWorkers implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(BackgroundJobWorkers.class);

	private final BackgroundJobWorker worker;

	private final BackgroundJobProperties properties;

	private final JobSignal signal;

	private final List<Thread> threads = new ArrayList<>();

	private volatile boolean running;

	BackgroundJobWorkers(List<BackgroundJobHandler> handlers, BackgroundJobTable table,
			BackgroundJobProperties properties, PlatformTransactionManager transactionManager, JsonMapper json,
			JobSignal signal) {
		this.worker = new BackgroundJobWorker(nodeId(properties), handlers, table, properties, transactionManager, json);
		this.properties = properties;
		this.signal = signal;
	}

	@Override
	public synchronized void start() {
		running = true;
		for (int i = 1; i <= properties.workerThreads(); i++) {
			Thread thread = new Thread(this::work, "background-job-" + i);
			thread.setDaemon(true);
			thread.start();
			threads.add(thread);
		}
		log.info("Background job workers started on node {}: {} thread(s)", worker.nodeId(), threads.size());
	}

	@Override
	public synchronized void stop() {
		running = false;
		signal.jobSubmitted();
		threads.clear();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void work() {
		while (running) {
			try {
				while (running && worker.runOnce()) {
					// one job after the other while there are any
				}
				signal.await(properties.pollInterval());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				// the database may be away for a moment; the next poll tries again
				log.warn("Background job worker could not claim a job: {}", ex.toString());
				pause();
			}
		}
	}

	private void pause() {
		try {
			Thread.sleep(properties.pollInterval().toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String nodeId(BackgroundJobProperties properties) {
		if (!properties.nodeId().isBlank()) {
			return properties.nodeId();
		}
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "unknown-host";
		}
		return host + ":" + ManagementFactory.getRuntimeMXBean().getPid() + ":"
				+ UUID.randomUUID().toString().substring(0, 8);
	}
}
