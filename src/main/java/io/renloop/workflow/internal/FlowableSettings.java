package io.renloop.workflow.internal;

import java.util.List;
import java.util.Map;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hooks the approval task listener into the embedded process engine, limits the beans that process expressions
 * can reach to the two the compiled chains call, and puts the expression sandbox ({@link MemberAccessRefusal}) in
 * front of the engine's bean resolver so that no expression can call a method or read a property of an object.
 * Lists of strings are stored as text ({@link StringListType}).
 */
@Configuration(proxyBeanMethods = false)
class FlowableSettings {

	@Bean
	EngineConfigurationConfigurer<SpringProcessEngineConfiguration> approvalEngineSettings(TaskArrivals arrivals,
			ApprovalReminders reminders, ApprovalEscalations escalations) {
		return engine -> {
			engine.setTypedEventListeners(Map.of(FlowableEngineEventType.TASK_CREATED.name(), List.of(arrivals)));
			engine.setBeans(Map.of("approvalReminders", reminders, "approvalEscalations", escalations));
			engine.setPreBeanELResolvers(List.of(new MemberAccessRefusal()));
			engine.setCustomPreVariableTypes(List.of(new StringListType()));
		};
	}
}
