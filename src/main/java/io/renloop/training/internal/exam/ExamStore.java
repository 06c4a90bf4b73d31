package io.renloop.training.internal.exam;

import io.renloop.platform.TenantContext;
import io.renloop.training.Exams.QuestionKind;
import io.renloop.training.Exams.SaveExam;
import io.renloop.training.Exams.SaveQuestion;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Question banks, exams and attempts of the current tenant. */
@Component
class ExamStore {

	private static final String EXAM = """
			select id, code, title_zh, title_en, bank, question_count, time_limit_minutes, pass_mark, max_attempts,
			  course_id, certificate_type_code from training.exam where tenant_id = ?""";

	private static final String ATTEMPT = """
			select id, exam_id, employee_id, question_ids, started_at, deadline, submitted_at, score, passed
			from training.exam_attempt where tenant_id = ?""";

	private final JdbcTemplate jdbc;

	ExamStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void addQuestion(String bank, SaveQuestion q) {
		jdbc.update("""
				insert into training.question (id, tenant_id, bank, kind, text, options, answer, explanation)
				values (?, ?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID(), TenantContext.require(), bank, q.kind().name(),
				q.text().strip(), q.options() == null ? "" : String.join("\n", q.options().stream().map(String::strip)
					.toList()), q.answer().strip(), q.explanation() == null ? "" : q.explanation().strip());
	}

	List<UUID> bank(String bank) {
		return jdbc.queryForList("select id from training.question where tenant_id = ? and bank = ?", UUID.class,
				TenantContext.require(), bank);
	}

	List<Question> questions(Collection<UUID> ids) {
		return jdbc.query("""
				select id, kind, text, options, answer, explanation from training.question
				where tenant_id = ? and id = any(?)""", (rs, n) -> new Question(rs.getObject("id", UUID.class),
				QuestionKind.valueOf(rs.getString("kind")), rs.getString("text"),
				rs.getString("options").isEmpty() ? List.of() : List.of(rs.getString("options").split("\n")),
				rs.getString("answer"), rs.getString("explanation")), TenantContext.require(),
				ids.toArray(UUID[]::new));
	}

	boolean codeTaken(String code) {
		return Boolean.TRUE.equals(jdbc.queryForObject(
				"select exists (select 1 from training.exam where tenant_id = ? and code = ?)", Boolean.class,
				TenantContext.require(), code));
	}

	boolean certificateTypeExists(String code) {
		return Boolean.TRUE.equals(jdbc.queryForObject(
				"select exists (select 1 from training.certificate_type where tenant_id = ? and code = ?)",
				Boolean.class, TenantContext.require(), code));
	}

	boolean courseExists(UUID id) {
		return Boolean.TRUE.equals(jdbc.queryForObject(
				"select exists (select 1 from training.course where tenant_id = ? and id = ?)", Boolean.class,
				TenantContext.require(), id));
	}

	UUID insert(SaveExam e) {
		UUID id = UUID.randomUUID();
		jdbc.update("""
				insert into training.exam (id, tenant_id, code, title_zh, title_en, bank, question_count, time_limit_minutes,
				    pass_mark, max_attempts, course_id, certificate_type_code)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", id, TenantContext.require(), e.code(), e.titleZh().strip(),
				e.titleEn().strip(), e.bank(), e.questionCount(), e.timeLimitMinutes(), e.passMark(), e.maxAttempts(),
				e.courseId(), blankToNull(e.certificateType()));
		return id;
	}

	List<Exam> exams() {
		return jdbc.query(EXAM + " order by code", ExamStore::exam, TenantContext.require());
	}

	Optional<Exam> exam(UUID id) {
		return jdbc.query(EXAM + " and id = ?", ExamStore::exam, TenantContext.require(), id).stream().findFirst();
	}

	UUID start(UUID examId, UUID employeeId, List<UUID> questionIds, Instant now, Instant deadline) {
		UUID id = UUID.randomUUID();
		jdbc.update("""
				insert into training.exam_attempt (id, tenant_id, exam_id, employee_id, question_ids, started_at, deadline)
				values (?, ?, ?, ?, ?, ?, ?)""", id, TenantContext.require(), examId, employeeId,
				questionIds.stream().map(UUID::toString).collect(Collectors.joining(",")), Timestamp.from(now),
				Timestamp.from(deadline));
		return id;
	}

	List<Attempt> attempts(UUID examId, UUID employeeId) {
		return jdbc.query(ATTEMPT + " and exam_id = ? and employee_id = ? order by started_at", ExamStore::attempt,
				TenantContext.require(), examId, employeeId);
	}

	Optional<Attempt> attempt(UUID id) {
		return jdbc.query(ATTEMPT + " and id = ? for update", ExamStore::attempt, TenantContext.require(), id)
			.stream()
			.findFirst();
	}

	void submit(UUID id, Instant at, int score, boolean passed, UUID certificateId) {
		jdbc.update("""
				update training.exam_attempt set submitted_at = ?, score = ?, passed = ?, certificate_id = ?
				where tenant_id = ? and id = ?""", Timestamp.from(at), score, passed, certificateId,
				TenantContext.require(), id);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static Exam exam(ResultSet rs, int n) throws SQLException {
		return new Exam(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("title_zh"),
				rs.getString("title_en"), rs.getString("bank"), rs.getInt("question_count"),
				rs.getInt("time_limit_minutes"), rs.getInt("pass_mark"), rs.getInt("max_attempts"),
				rs.getObject("course_id", UUID.class), rs.getString("certificate_type_code"));
	}

	private static Attempt attempt(ResultSet rs, int n) throws SQLException {
		Timestamp submitted = rs.getTimestamp("submitted_at");
		return new Attempt(rs.getObject("id", UUID.class), rs.getObject("exam_id", UUID.class),
				rs.getObject("employee_id", UUID.class),
				Arrays.stream(rs.getString("question_ids").split(",")).map(UUID::fromString).toList(),
				rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("deadline").toInstant(),
				submitted == null ? null : submitted.toInstant(), (Integer) rs.getObject("score"),
				(Boolean) rs.getObject("passed"));
	}
}
