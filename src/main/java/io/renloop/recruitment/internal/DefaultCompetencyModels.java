package io.renloop.recruitment.internal;

import io.renloop.organization.Organization;
import io.renloop.organization.PositionView;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.TenantContext;
import io.renloop.recruitment.CompetencyModel;
import io.renloop.recruitment.CompetencyModelChanged;
import io.renloop.recruitment.CompetencyModelView;
import io.renloop.recruitment.CompetencyModels;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@Service
@Transactional(readOnly = true)
class DefaultCompetencyModels implements CompetencyModels {

	/** Weights are entered with two or three decimals; allow for rounding such as 0.33 + 0.33 + 0.34. */
	private static final BigDecimal WEIGHT_TOLERANCE = new BigDecimal("0.001");

	private final CompetencyModelRecords records;

	private final Organization organization;

	private final AuditTrail audit;

	private final JsonMapper json;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	DefaultCompetencyModels(CompetencyModelRecords records, Organization organization, AuditTrail audit,
			ApplicationEventPublisher events,
			JsonMapper json, Clock clock) {
		this.records = records;
		this.organization = organization;
		this.audit = audit;
		this.events = events;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public Optional<CompetencyModelView> find(UUID positionId) {
		PositionView position = organization.position(positionId);
		return records.findByPositionId(positionId).map(record -> view(position, record));
	}

	@Override
	public CompetencyModelView get(UUID positionId) {
		return find(positionId).orElseThrow(() -> new NotFoundException("CompetencyModel", positionId));
	}

	@Override
	@Transactional
	public CompetencyModelView save(UUID positionId, CompetencyModel model) {
		PositionView position = organization.position(positionId);
		checkDimensions(model);
		CompetencyModelRecord record = records.findByPositionId(positionId)
			.orElseGet(() -> new CompetencyModelRecord(positionId));
		String before = record.definition();
		CompetencyModel structured = new CompetencyModel(model.dimensions(), model.mustHaves(), model.niceToHaves(),
				null, null);
		record.replace(json.writeValueAsString(structured), blankToNull(model.descriptionZh()),
				blankToNull(model.descriptionEn()), clock.instant());
		records.save(record);
		audit.recordChange(before == null ? "CREATE" : "UPDATE", "CompetencyModel", positionId, before,
				record.definition());
		events.publishEvent(new CompetencyModelChanged(TenantContext.require(), positionId));
		return view(position, record);
	}

	private static void checkDimensions(CompetencyModel model) {
		BigDecimal sum = model.dimensions().stream().map(CompetencyModel.Dimension::weight)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		if (sum.subtract(BigDecimal.ONE).abs().compareTo(WEIGHT_TOLERANCE) > 0) {
			throw InvalidFieldsException.of("dimensions", "recruitment.competency.weightsSum", sum.toPlainString());
		}
		Set<String> names = new HashSet<>();
		for (CompetencyModel.Dimension dimension : model.dimensions()) {
			if (!names.add(dimension.name().strip())) {
				throw InvalidFieldsException.of("dimensions", "recruitment.competency.duplicateDimension",
						dimension.name());
			}
		}
	}

	private CompetencyModelView view(PositionView position, CompetencyModelRecord record) {
		CompetencyModel structured = json.readValue(record.definition(), CompetencyModel.class);
		CompetencyModel model = new CompetencyModel(structured.dimensions(), structured.mustHaves(),
				structured.niceToHaves(), record.descriptionZh(), record.descriptionEn());
		return new CompetencyModelView(position.id(), position.name(), model, record.updatedAt());
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
