package io.renloop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.renloop.platform.SystemActor;
import io.renloop.recruitment.ApplicationCommands.Apply;
import io.renloop.recruitment.Channel;
import io.renloop.recruitment.HistoricApplications;
import io.renloop.recruitment.HistoricApplications.HistoricApplication;
import io.renloop.support.RenloopIntegrationTest;
import io.renloop.support.TestUsers;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.Task;
import org.springframework.util.ClassUtils;

/**
 * Several app nodes share one database, and each node's scheduler fires every job: a job must still run once.
 * Every {@code @Scheduled} method takes its own lock in {@code platform.shedlock}, and a node skips the round while
 * another node holds it. The jobs are run here exactly as the scheduler runs them, through the registered task.
 */
@RenloopIntegrationTest
class ScheduledJobsRunOnceAcrossNodesTests {

	private static final String RETENTION = "recruitment.candidate-retention";

	@Autowired
	List<ScheduledTaskHolder> schedulers;

	@Autowired
	HistoricApplications history;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyScheduledMethodTakesALock() {
		JavaClasses application = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
			.importPackagesOf(RenloopApplication.class);

		methods().that()
			.areAnnotatedWith(Scheduled.class)
			.should()
			.beAnnotatedWith(SchedulerLock.class)
			.because("every app node schedules every job; the lock lets one of them run it")
			.check(application);
	}

	@Test
	void everyScheduledJobOfTheApplicationHasALockOfItsOwn() {
		List<String> locks = applicationJobs().keySet().stream().map(ScheduledJobsRunOnceAcrossNodesTests::lockOf).toList();

		assertThat(locks).hasSizeGreaterThanOrEqualTo(3).doesNotContainNull().doesNotHaveDuplicates().contains(RETENTION);
	}

	@Test
	void aJobRunsUnderItsLockInTheSharedTable() {
		lastLockedBy("another-node", "0 seconds");

		job(RETENTION).run();

		Map<String, Object> lock = jdbc.queryForMap("""
				select locked_by, locked_at, lock_until, lock_until <= timezone('utc', clock_timestamp()) as released
				from platform.shedlock where name = ?""", RETENTION);
		assertThat(lock.get("locked_by")).as("taken by this node").asString().isNotBlank().isNotEqualTo("another-node");
		assertThat(lock.get("released")).as("released once the job is done: %s", lock).isEqualTo(true);
	}

	@Test
	void aNodeSkipsAJobWhileAnotherNodeHoldsItsLock() {
		UUID candidate = candidateWhoseRetentionEnded();
		lastLockedBy("another-node", "10 minutes");

		job(RETENTION).run();

		assertThat(nameOf(candidate)).as("not erased while another node runs the job").isNotNull();

		lastLockedBy("another-node", "0 seconds");
		job(RETENTION).run();

		assertThat(nameOf(candidate)).as("erased by the next round").isNull();
	}

	/**
	 * The retention job's lock as another node left it, held for {@code interval} from now (0: that node is done). ShedLock remembers which rows
	 * it inserted, so the row is updated, never deleted.
	 */
	private void lastLockedBy(String node, String interval) {
		jdbc.update("""
				insert into platform.shedlock (name, lock_until, locked_at, locked_by)
				values (?, timezone('utc', now()) + cast(? as interval), timezone('utc', now()), ?)
				on conflict (name) do update
				set lock_until = excluded.lock_until, locked_at = excluded.locked_at, locked_by = excluded.locked_by""",
				RETENTION, interval, node);
	}

	/** The application's scheduled tasks as the scheduler runs them, by method ("io.renloop.….Job.method"). */
	private Map<String, Runnable> applicationJobs() {
		return schedulers.stream()
			.flatMap(scheduler -> scheduler.getScheduledTasks().stream())
			.map(ScheduledTask::getTask)
			.filter(task -> task.toString().startsWith("io.renloop."))
			.collect(Collectors.toMap(Task::toString, Task::getRunnable));
	}

	/** The task the scheduler runs: the method called on the bean as the application context built it. */
	private Runnable job(String lock) {
		return applicationJobs().entrySet()
			.stream()
			.filter(job -> lock.equals(lockOf(job.getKey())))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElseThrow();
	}

	/** The name of the lock the scheduled method takes, or null. */
	private static String lockOf(String job) {
		int dot = job.lastIndexOf('.');
		Class<?> type = ClassUtils.getUserClass(ClassUtils.resolveClassName(job.substring(0, dot), null));
		return Arrays.stream(type.getDeclaredMethods())
			.filter(method -> method.getName().equals(job.substring(dot + 1)))
			.map(method -> method.getAnnotation(SchedulerLock.class))
			.map(lock -> lock == null ? null : lock.name())
			.findFirst()
			.orElseThrow();
	}

	private UUID candidateWhoseRetentionEnded() {
		UUID requisition = jdbc.queryForObject(
				"select id from recruitment.requisition where tenant_id = ? and status = 'OPEN' limit 1", UUID.class, DEMO);
		String name = TestUsers.unique("保留期满");
		String phone = "139" + String.format("%08d", Math.floorMod(UUID.randomUUID().hashCode(), 100_000_000));
		Apply apply = new Apply(name, phone, null, null, Channel.CAMPUS, null, true);
		Instant longAgo = Instant.parse("2020-03-01T02:00:00Z");
		return SystemActor.callAs(DEMO,
				() -> history.importHistoric(requisition, new HistoricApplication(apply, longAgo, List.of())))
			.candidateId();
	}

	private String nameOf(UUID candidate) {
		return jdbc.queryForObject("select name from recruitment.candidate where id = ?", String.class, candidate);
	}
}
