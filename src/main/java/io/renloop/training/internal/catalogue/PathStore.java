package io.renloop.training.internal.catalogue;

import io.renloop.platform.TenantContext;
import io.renloop.training.Catalogue.PathView;
import io.renloop.training.Catalogue.SavePath;
import io.renloop.training.internal.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Learning paths and their courses in order. */
@Component
class PathStore {

	private final JdbcTemplate jdbc;

	PathStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Creates the path or replaces the one with the same code. */
	UUID save(SavePath path) {
		String tenant = TenantContext.require();
		UUID id = jdbc.queryForObject("""
				insert into training.learning_path (id, tenant_id, code, name_zh, name_en, position_id, new_hire)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict (tenant_id, code) do update set name_zh = excluded.name_zh, name_en = excluded.name_en,
				    position_id = excluded.position_id, new_hire = excluded.new_hire
				returning id""", UUID.class, UUID.randomUUID(), tenant, path.code(), path.nameZh().strip(),
				path.nameEn().strip(), path.positionId(), path.newHire());
		jdbc.update("delete from training.path_course where path_id = ?", id);
		int seq = 0;
		for (SavePath.Step step : path.courses()) {
			jdbc.update("""
					insert into training.path_course (tenant_id, path_id, course_id, seq, due_days) values (?, ?, ?, ?, ?)
					on conflict do nothing""", tenant, id, step.courseId(), seq++, step.dueDays());
		}
		return id;
	}

	List<PathView> all() {
		return jdbc.query("""
				select id, code, name_zh, name_en, position_id, new_hire from training.learning_path
				where tenant_id = ? order by code""", (rs, n) -> {
			UUID id = rs.getObject("id", UUID.class);
			return new PathView(id, rs.getString("code"), Language.pick(rs.getString("name_zh"), rs.getString("name_en")),
					rs.getObject("position_id", UUID.class), rs.getBoolean("new_hire"), new ArrayList<>());
		}, TenantContext.require()).stream().map(p -> new PathView(p.id(), p.code(), p.name(), p.positionId(),
				p.newHire(), steps(p.id()))).toList();
	}

	/** The courses a new employee of the position is enrolled in: the new-hire paths' and the position's paths'. */
	List<PathCourse> forNewHire(UUID positionId) {
		return jdbc.query("""
				select pc.path_id, pc.course_id, pc.due_days from training.path_course pc
				join training.learning_path p on p.id = pc.path_id
				where p.tenant_id = ? and (p.new_hire or p.position_id = ?) order by p.code, pc.seq""",
				(rs, n) -> new PathCourse(rs.getObject("path_id", UUID.class), rs.getObject("course_id", UUID.class),
						rs.getInt("due_days")), TenantContext.require(), positionId);
	}

	private List<SavePath.Step> steps(UUID pathId) {
		return jdbc.query("select course_id, due_days from training.path_course where path_id = ? order by seq",
				(rs, n) -> new SavePath.Step(rs.getObject("course_id", UUID.class), rs.getInt("due_days")), pathId);
	}

	record PathCourse(UUID pathId, UUID courseId, int dueDays) {
	}
}
