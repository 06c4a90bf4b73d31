package io.renloop.workflow.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flowable.variable.api.types.ValueFields;
import org.flowable.variable.api.types.VariableType;

/**
 * Lists of strings (the approver slots of each step) stored as one line per item in the variable row's text
 * column, instead of Java serialization into a byte array row of their own: starting an approval wrote and read
 * back three such rows. Lists with a line break in an item or longer than the column ({@value #MAX_LENGTH}
 * characters) are left to the engine's serializable type.
 */
final class StringListType implements VariableType {

	static final String NAME = "stringList";

	/** The length of {@code ACT_RU_VARIABLE.TEXT_}. */
	static final int MAX_LENGTH = 4000;

	private static final String SEPARATOR = "\n";

	@Override
	public String getTypeName() {
		return NAME;
	}

	@Override
	public boolean isCachable() {
		return true;
	}

	@Override
	public boolean isAbleToStore(Object value) {
		if (!(value instanceof List<?> list)) {
			return false;
		}
		int length = 0;
		for (Object item : list) {
			if (!(item instanceof String text) || text.contains(SEPARATOR)) {
				return false;
			}
			length += text.length() + 1;
		}
		return length <= MAX_LENGTH;
	}

	@Override
	public void setValue(Object value, ValueFields fields) {
		List<?> list = (List<?>) value;
		fields.setTextValue(String.join(SEPARATOR, list.stream().map(String.class::cast).toList()));
		// the text of an empty list and of a list of one empty string are alike: tell them apart
		fields.setLongValue((long) list.size());
	}

	@Override
	public Object getValue(ValueFields fields) {
		Long size = fields.getLongValue();
		if (size == null || size == 0) {
			return new ArrayList<String>();
		}
		return new ArrayList<>(Arrays.asList(fields.getTextValue().split(SEPARATOR, -1)));
	}
}
