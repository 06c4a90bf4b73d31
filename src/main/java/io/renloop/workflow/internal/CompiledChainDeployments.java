package io.renloop.workflow.internal;

import io.renloop.workflow.ApprovalChainStep;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.Deployment;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The process definitions compiled from chains of steps, deployed once per tenant, subject type and steps. Starting
 * an approval then costs a map look-up instead of compiling the chain to XML and comparing it with the last
 * deployment on every request, and approvals started at the same moment cannot deploy the same process twice (which
 * the engine's unique key would refuse). A deployment runs in a transaction of its own and is retried once, so a
 * concurrent deployment by another node is found by the engine's duplicate filtering instead of failing the
 * request. The definition id (not the key) is kept: after a tenant changes its chain back, its approvals start on
 * the version of these steps, not on the latest one.
 */
@Component
class CompiledChainDeployments {

	private record Chain(String tenantId, String subjectType, List<ApprovalChainStep> steps) {
	}

	private final Map<Chain, String> definitions = new ConcurrentHashMap<>();

	private final RepositoryService repository;

	private final TransactionTemplate ownTransaction;

	CompiledChainDeployments(RepositoryService repository, PlatformTransactionManager transactions) {
		this.repository = repository;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The id of the process definition of these steps for the tenant, deployed on first use. */
	String definitionId(String tenantId, String subjectType, List<ApprovalChainStep> steps) {
		return definitions.computeIfAbsent(new Chain(tenantId, subjectType, List.copyOf(steps)), this::deploy);
	}

	private String deploy(Chain chain) {
		try {
			return ownTransaction.execute(tx -> deployOnce(chain));
		}
		catch (FlowableException | DataAccessException concurrentDeployment) {
			return ownTransaction.execute(tx -> deployOnce(chain));
		}
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
