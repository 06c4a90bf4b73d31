package io.renloop.workflow.internal;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.impl.javax.el.ELContext;
import org.flowable.common.engine.impl.javax.el.ELResolver;

/**
 * The engine's expression sandbox: placed before the engine's bean resolver, it refuses every property read, write
 * and method call on an object that no safe resolver (variables, the two approval beans, maps, lists, arrays,
 * records, JSON) has claimed. Expressions in approval processes can therefore read variables and compare values, but
 * can never reach {@code getClass()}, a class loader, the engine's services or a bean's methods — whatever a
 * process definition holds, and even if a definition escaped {@link UploadedBpmn}.
 */
final class MemberAccessRefusal extends ELResolver {

	@Override
	public Object getValue(ELContext context, Object base, Object property) {
		return refuse(base, property);
	}

	@Override
	public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
		if (base == null) {
			return null;
		}
		throw new FlowableIllegalArgumentException("Method calls are not allowed in approval processes: " + method);
	}

	@Override
	public Class<?> getType(ELContext context, Object base, Object property) {
		refuse(base, property);
		return null;
	}

	@Override
	public void setValue(ELContext context, Object base, Object property, Object value) {
		refuse(base, property);
	}

	@Override
	public boolean isReadOnly(ELContext context, Object base, Object property) {
		refuse(base, property);
		return true;
	}

	@Override
	public Class<?> getCommonPropertyType(ELContext context, Object base) {
		return null;
	}

	private static Object refuse(Object base, Object property) {
		if (base == null) {
			return null;
		}
		throw new FlowableIllegalArgumentException(
				"Property access is not allowed in approval processes: " + property);
	}
}
