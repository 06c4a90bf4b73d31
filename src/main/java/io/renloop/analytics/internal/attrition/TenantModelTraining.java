package io.renloop.analytics.internal.attrition;

import io.renloop.analytics.AttritionModels.ModelCard;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Trains a tenant's own model: everyone employed a year ago, with their features as of then, and whether they left
 * in the year since. Retrained monthly for every tenant with people, and on demand.
 */
@Component
class TenantModelTraining {

	static final String TARGET = "leftWithin12Months";

	private static final Logger log = LoggerFactory.getLogger(TenantModelTraining.class);

	private final TenantFeatures features;

	private final AttritionModelTable table;

	private final AuditTrail audit;

	private final TenantTime time;

	private final TransactionTemplate transactions;

	private final JdbcTemplate jdbc;

	TenantModelTraining(TenantFeatures features, AttritionModelTable table, AuditTrail audit, TenantTime time,
			TransactionTemplate transactions, JdbcTemplate jdbc) {
		this.features = features;
		this.table = table;
		this.audit = audit;
		this.time = time;
		this.transactions = transactions;
		this.jdbc = jdbc;
	}

	@Scheduled(cron = "${renloop.analytics.attrition-retrain-cron:0 15 3 1 * *}")
	@SchedulerLock(name = "analytics.attrition-retrain")
	void retrainAllTenants() {
		jdbc.queryForList("select distinct tenant_id from analytics.person_fact", String.class).forEach(tenant -> {
			try {
				SystemActor.runAs(tenant, () -> train(tenant, SystemActor.NAME,
						LocalDate.now(time.clock().withZone(time.zone(tenant)))));
			}
			catch (BusinessRuleException ex) {
				log.info("No attrition model for tenant {}: {}", tenant, ex.getMessage());
			}
			catch (RuntimeException ex) {
				// one tenant's broken history must not keep the others on last month's model
				log.warn("Retraining the attrition model of tenant {} failed", tenant, ex);
			}
		});
	}

	/**
	 * Trains and stores the tenant's model on the people employed a year before {@code today}; 409 with the counts
	 * when there are too few leavers or stayers.
	 */
	ModelCard train(String tenantId, String trainedBy, LocalDate today) {
		List<TenantFeatures.Person> people = features.employedOn(tenantId, today.minusYears(1), null);
		boolean[] left = new boolean[people.size()];
		for (int i = 0; i < left.length; i++) {
			LocalDate exit = people.get(i).exitDate();
			left[i] = exit != null && !exit.isAfter(today);
		}
		TrainingSet set = new TrainingSet(TenantFeatures.COLUMNS,
				people.stream().map(TenantFeatures.Person::cells).toList(), left);
		int leavers = set.leavers();
		if (leavers < ModelFitting.MIN_PER_CLASS || people.size() - leavers < ModelFitting.MIN_PER_CLASS) {
			throw new BusinessRuleException("analytics.attrition.tooFewLeavers", leavers, people.size() - leavers,
					ModelFitting.MIN_PER_CLASS);
		}
		ModelFitting.Fitted fitted = ModelFitting.fit(set);
		ModelCard card = new ModelCard(UUID.randomUUID(), AttritionModelTable.TENANT, null, time.clock().instant(),
				fitted.n(), fitted.leavers(), fitted.auc(), fitted.model().schema().columnNames(), List.of(), List.of(),
				fitted.ignored(), fitted.calibration());
		transactions.executeWithoutResult(status -> {
			table.insert(tenantId, trainedBy, new StoredModel(card, TARGET, "true", fitted.model()));
			audit.recordChange("CREATE", "AttritionModel", card.modelId(), null, Map.of("source", card.source(), "n",
					card.n(), "leavers", card.leavers(), "auc", ReasonTexts.round(card.auc())));
		});
		return card;
	}
}
