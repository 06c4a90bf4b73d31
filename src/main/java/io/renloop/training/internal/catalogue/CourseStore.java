package io.renloop.training.internal.catalogue;

import io.renloop.platform.TenantContext;
import io.renloop.training.Catalogue.ContentKind;
import io.renloop.training.Catalogue.CourseKind;
import io.renloop.training.Catalogue.SaveCourse;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** The catalogue's courses in the current tenant (plain JDBC: the tenant is stated in every statement). */
@Component
class CourseStore {

	private static final String COLUMNS = """
			id, code, title_zh, title_en, kind, content_kind, content_seconds, min_watch_share, rich_text,
			content_file, content_type, content_size, hours, credits, cost, provider, tags, performance_item""";

	private static final RowMapper<Course> ROW = CourseStore::course;

	private final JdbcTemplate jdbc;

	CourseStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<Course> all() {
		return jdbc.query("select " + COLUMNS + " from training.course where tenant_id = ? order by code", ROW,
				TenantContext.require());
	}

	Optional<Course> find(UUID id) {
		return jdbc.query("select " + COLUMNS + " from training.course where tenant_id = ? and id = ?", ROW,
				TenantContext.require(), id).stream().findFirst();
	}

	boolean codeTaken(String code) {
		return Boolean.TRUE.equals(jdbc.queryForObject(
				"select exists (select 1 from training.course where tenant_id = ? and code = ?)", Boolean.class,
				TenantContext.require(), code));
	}

	UUID insert(SaveCourse c, Instant now) {
		UUID id = UUID.randomUUID();
		jdbc.update("""
				insert into training.course (id, tenant_id, code, title_zh, title_en, kind, content_kind, content_seconds,
				    min_watch_share, rich_text, hours, credits, cost, provider, tags, performance_item, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", id, TenantContext.require(), c.code(),
				c.titleZh().strip(), c.titleEn().strip(), c.kind().name(),
				c.contentKind() == null ? null : c.contentKind().name(), c.contentSeconds(), c.minWatchShare(),
				c.richText(), c.hours(), c.credits(), c.cost() == null ? java.math.BigDecimal.ZERO : c.cost(),
				c.provider(), tags(c.tags()), blankToNull(c.performanceItem()), Timestamp.from(now));
		return id;
	}

	void attachFile(UUID id, String key, String contentType, long size) {
		jdbc.update("""
				update training.course set content_file = ?, content_type = ?, content_size = ?
				where tenant_id = ? and id = ?""", key, contentType, size, TenantContext.require(), id);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static String tags(List<String> tags) {
		return tags == null ? "" : String.join(",", tags.stream().map(t -> t.strip().replace(",", " ")).toList());
	}

	private static Course course(ResultSet rs, int row) throws SQLException {
		String contentKind = rs.getString("content_kind");
		return new Course(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("title_zh"),
				rs.getString("title_en"), CourseKind.valueOf(rs.getString("kind")),
				contentKind == null ? null : ContentKind.valueOf(contentKind),
				(Integer) rs.getObject("content_seconds"), rs.getBigDecimal("min_watch_share"),
				rs.getString("rich_text"), rs.getString("content_file"), rs.getString("content_type"),
				(Long) rs.getObject("content_size"), rs.getBigDecimal("hours"), rs.getBigDecimal("credits"),
				rs.getBigDecimal("cost"), rs.getString("provider"), rs.getString("tags"),
				rs.getString("performance_item"));
	}
}
