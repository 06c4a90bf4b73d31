package io.renloop.analytics.internal.attrition;

import io.renloop.analytics.AttritionModels.CalibrationBin;
import io.renloop.analytics.AttritionModels.IgnoredColumn;
import io.renloop.analytics.AttritionModels.ModelCard;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The models of each tenant in {@code analytics.attrition_model}, by plain JDBC with the tenant explicit. Models are
 * written and read as JSON of plain numbers and names: nothing stored is ever deserialised into arbitrary classes.
 */
@Component
class AttritionModelTable {

	static final String UPLOAD = "UPLOAD";

	static final String TENANT = "TENANT";

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	AttritionModelTable(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** What the card column holds besides the figures in their own columns. */
	record CardColumns(List<String> features, List<String> droppedProtected, List<String> excluded,
			List<IgnoredColumn> ignored, List<CalibrationBin> calibration) {
	}

	void insert(String tenantId, String trainedBy, StoredModel stored) {
		ModelCard card = stored.card();
		CardColumns columns = new CardColumns(card.features(), card.droppedProtected(), card.excluded(), card.ignored(),
				card.calibration());
		jdbc.update("insert into analytics.attrition_model (tenant_id, id, source, file_name, target, positive_value, "
				+ "trained_at, trained_by, people, leavers, auc, coefficients, card) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))", tenantId, card.modelId(),
				card.source(), card.fileName(), stored.target(), stored.positive(), Timestamp.from(card.trainedAt()),
				trainedBy, card.n(), card.leavers(), BigDecimal.valueOf(card.auc()).setScale(4, java.math.RoundingMode.HALF_UP),
				json.writeValueAsString(stored.model()), json.writeValueAsString(columns));
	}

	Optional<StoredModel> find(String tenantId, UUID id) {
		return jdbc.query("select * from analytics.attrition_model where tenant_id = ? and id = ?", this::stored,
				tenantId, id).stream().findFirst();
	}

	/** The newest model of a source. */
	Optional<StoredModel> latest(String tenantId, String source) {
		return jdbc.query("select * from analytics.attrition_model where tenant_id = ? and source = ? "
				+ "order by trained_at desc limit 1", this::stored, tenantId, source).stream().findFirst();
	}

	List<ModelCard> cards(String tenantId) {
		return jdbc.query("select * from analytics.attrition_model where tenant_id = ? order by trained_at desc limit 100",
				(rs, n) -> stored(rs, n).card(), tenantId);
	}

	private StoredModel stored(ResultSet rs, int rowNumber) throws SQLException {
		CardColumns columns = json.readValue(rs.getString("card"), CardColumns.class);
		ModelCard card = new ModelCard(rs.getObject("id", UUID.class), rs.getString("source"), rs.getString("file_name"),
				rs.getTimestamp("trained_at").toInstant(), rs.getInt("people"), rs.getInt("leavers"),
				rs.getBigDecimal("auc").doubleValue(), columns.features(), columns.droppedProtected(), columns.excluded(),
				columns.ignored(), columns.calibration());
		return new StoredModel(card, rs.getString("target"), rs.getString("positive_value"),
				json.readValue(rs.getString("coefficients"), AttritionModel.class));
	}
}
