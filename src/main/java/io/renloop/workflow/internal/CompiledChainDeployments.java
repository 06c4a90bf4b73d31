package io.renloop.workflow.internal;

import io.renloop.workflow.ApprovalChainStep;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.Deployment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The process definitions compiled from chains of steps, deployed once per tenant, subject type and steps. Starting
 * an approval then costs a map look-up instead of compiling the chain to XML and comparing it with the last
 * deployment on every request.
 *
 * <p>A first deployment happens in the starting approval's own transaction (a second connection could deadlock the
 * pool when every request is waiting for one), behind a transaction-scoped advisory lock per tenant and subject type:
 * approvals started at the same moment, on any node, wait for the first one's commit, and then the engine's
 * duplicate filtering finds its deployment instead of deploying the same process again (which its unique key would
 * refuse). The definition is remembered only after the commit. The definition id (not the key) is kept: after a
 * tenant changes its chain back, its approvals start on the version of these steps, not on the latest one.
 */
@Component
class CompiledChainDeployments {

	private record Chain(String tenantId, String subjectType, List<ApprovalChainStep> steps) {
	}

	private final Map<Chain, String> definitions = new ConcurrentHashMap<>();

	private final RepositoryService repository;

	private final JdbcTemplate jdbc;

	CompiledChainDeployments(RepositoryService repository, JdbcTemplate jdbc) {
		this.repository = repository;
		this.jdbc = jdbc;
	}

	/** The id of the process definition of these steps for the tenant, deployed on first use; needs a transaction. */
	String definitionId(String tenantId, String subjectType, List<ApprovalChainStep> steps) {
		Chain chain = new Chain(tenantId, subjectType, List.copyOf(steps));
		String known = definitions.get(chain);
		if (known != null) {
			return known;
		}
		jdbc.query("select pg_advisory_xact_lock(?)", rs -> {
		}, (long) ("approval-chain:" + tenantId + ":" + subjectType).hashCode());
		String deployed = deployOnce(chain);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					definitions.put(chain, deployed);
				}
			});
		}
		return deployed;
	}

	private String deployOnce(Chain chain) {
		BpmnModel model = ChainCompiler.compile(chain.subjectType(), chain.steps());
		String key = ChainCompiler.processKey(chain.subjectType());
		Deployment deployment = repository.createDeployment()
			.name(key)
			.tenantId(chain.tenantId())
			.addString(key + ".bpmn20.xml",
					new String(new BpmnXMLConverter().convertToXML(model), StandardCharsets.UTF_8))
			.enableDuplicateFiltering()
			.deploy();
		return repository.createProcessDefinitionQuery()
			.deploymentId(deployment.getId())
			.processDefinitionKey(key)
			.singleResult()
			.getId();
	}
}
