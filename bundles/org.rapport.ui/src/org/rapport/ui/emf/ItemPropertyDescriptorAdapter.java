/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.emf;

import java.text.NumberFormat;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.rapport.model.RapportPackage;
import org.rapport.model.derived.PlanClock;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.internal.Messages;

/**
 * One property of the Properties view, backed by an {@link IItemPropertyDescriptor}; its values read as the editor's
 * forms show them ({@link #text}). It picks the cell editor
 * from the feature: text for strings and numbers (validated), a combo for booleans, enums and single references,
 * dates in the locale's format (read also as yyyy-MM-dd or the locale's short format), comma-separated text for lists of strings.
 */
public class ItemPropertyDescriptorAdapter implements IPropertyDescriptor {

	private final Object object;
	private final IItemPropertyDescriptor itemDescriptor;
	private final AdapterFactory adapterFactory;

	public ItemPropertyDescriptorAdapter(Object object, IItemPropertyDescriptor itemDescriptor, AdapterFactory adapterFactory) {
		this.object = object;
		this.itemDescriptor = itemDescriptor;
		this.adapterFactory = adapterFactory;
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		if (!itemDescriptor.canSetProperty(object)) {
			return null;
		}
		Object feature = itemDescriptor.getFeature(object);
		Collection<?> choices = itemDescriptor.getChoiceOfValues(object);
		if (feature instanceof EReference reference) {
			if (reference.isMany() || choices == null) {
				return null;
			}
			return new ChoiceCellEditor(parent, withNull(choices, reference), this::text);
		}
		if (!(feature instanceof EAttribute attribute)) {
			return null;
		}
		EDataType type = attribute.getEAttributeType();
		Class<?> instanceClass = type.getInstanceClass();
		if (attribute.isMany()) {
			return instanceClass == String.class ? new ConvertingTextCellEditor(parent, Values::joinList, Values::splitList)
					: null;
		}
		if (type instanceof EEnum || choices != null) {
			List<Object> values = choices != null ? new ArrayList<>(choices) : enumValues((EEnum) type);
			return new ChoiceCellEditor(parent, values, this::text);
		}
		if (instanceClass == boolean.class || instanceClass == Boolean.class) {
			List<Object> values = new ArrayList<>(Arrays.asList(Boolean.TRUE, Boolean.FALSE));
			if (instanceClass == Boolean.class) {
				values.add(0, null);
			}
			return new ChoiceCellEditor(parent, values, this::text);
		}
		if (instanceClass == Date.class) {
			return new ConvertingTextCellEditor(parent, Values::formatDate, Values::parseDate);
		}
		return new ConvertingTextCellEditor(parent, value -> value == null ? "" : EcoreUtil.convertToString(type, value), //$NON-NLS-1$
				text -> Values.parse(type, text));
	}

	private static List<Object> withNull(Collection<?> choices, EStructuralFeature feature) {
		List<Object> values = new ArrayList<>(choices);
		if (!feature.isRequired() && !values.contains(null)) {
			values.add(0, null);
		}
		return values;
	}

	private static List<Object> enumValues(EEnum eEnum) {
		List<Object> values = new ArrayList<>();
		eEnum.getELiterals().forEach(l -> values.add(l.getInstance()));
		return values;
	}

	/** How a value reads in the sheet: dates as edited, enums and model objects as their labels. */
	String text(Object value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		if (value instanceof Date date) {
			return Values.formatDate(date);
		}
		if (value instanceof Enumerator enumerator) {
			return RapportLabels.literal(enumerator);
		}
		if (value instanceof Collection<?> collection) {
			List<String> texts = new ArrayList<>();
			collection.forEach(v -> texts.add(text(v)));
			return String.join(", ", texts); //$NON-NLS-1$
		}
		if (value instanceof Number number && itemDescriptor.getFeature(object) instanceof EAttribute attribute) {
			return Values.number(attribute, number);
		}
		if (value instanceof EObject) {
			IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(value, IItemLabelProvider.class);
			if (provider != null) {
				return provider.getText(value);
			}
		}
		return itemDescriptor.getLabelProvider(object).getText(value);
	}

	@Override
	public String getCategory() {
		return itemDescriptor.getCategory(object);
	}

	@Override
	public String getDescription() {
		return itemDescriptor.getDescription(object);
	}

	@Override
	public String getDisplayName() {
		return itemDescriptor.getDisplayName(object);
	}

	@Override
	public String[] getFilterFlags() {
		return itemDescriptor.getFilterFlags(object);
	}

	@Override
	public Object getHelpContextIds() {
		return null;
	}

	@Override
	public Object getId() {
		return itemDescriptor.getId(object);
	}

	@Override
	public ILabelProvider getLabelProvider() {
		return new LabelProvider() {
			@Override
			public String getText(Object element) {
				return text(element);
			}
		};
	}

	@Override
	public boolean isCompatibleWith(IPropertyDescriptor other) {
		return false;
	}

	/** Conversions between model values and the text typed in a cell. */
	static final class Values {

		private Values() {
		}

		/**
		 * A number as people read it: a goal's progress as a percentage, days since the last contact and the give
		 * and take as words, a contact's cadence of 0 as their tier's; other numbers in the locale's format.
		 */
		static String number(EAttribute attribute, Number number) {
			RapportPackage p = RapportPackage.eINSTANCE;
			double value = number.doubleValue();
			if (Double.isNaN(value)) {
				return ""; //$NON-NLS-1$
			}
			int whole = number.intValue();
			if (attribute == p.getNetworkingGoal_Progress()) {
				return NumberFormat.getPercentInstance().format(value);
			}
			if (attribute == p.getContact_DaysSinceContact()) {
				return whole < 0 ? Messages.Property_neverContacted
						: whole == 0 ? Messages.Property_today
								: whole == 1 ? Messages.Property_dayAgo : NLS.bind(Messages.Property_daysAgo, integer(whole));
			}
			if (attribute == p.getContact_CadenceDays() && whole <= 0) {
				return Messages.Property_tierCadence;
			}
			if (attribute == p.getContact_GiveTakeBalance()) {
				return whole == 0 ? Messages.Property_balanceEven
						: whole > 0 ? NLS.bind(Messages.Property_balanceGiven, integer(whole))
								: NLS.bind(Messages.Property_balanceReceived, integer(-whole));
			}
			NumberFormat format = NumberFormat.getNumberInstance();
			format.setMaximumFractionDigits(2);
			return format.format(value);
		}

		private static String integer(int value) {
			return NumberFormat.getIntegerInstance().format(value);
		}

		static String formatDate(Object value) {
			return value instanceof Date date ? RapportLabels.date(date) : ""; //$NON-NLS-1$
		}

		static Object parseDate(String text) {
			if (text.isBlank()) {
				return null;
			}
			try {
				return PlanClock.toDate(RapportLabels.parseDate(text));
			} catch (DateTimeParseException e) {
				throw new IllegalArgumentException(NLS.bind(Messages.Property_invalidDate, text.strip()), e);
			}
		}

		static String joinList(Object value) {
			return value instanceof Collection<?> c ? String.join(", ", c.stream().map(String::valueOf).toList()) : ""; //$NON-NLS-1$ //$NON-NLS-2$
		}

		static Object splitList(String text) {
			List<String> values = new ArrayList<>();
			for (String part : text.split("[,;\\n]")) { //$NON-NLS-1$
				if (!part.isBlank()) {
					values.add(part.strip());
				}
			}
			return values;
		}

		static Object parse(EDataType type, String text) {
			Class<?> c = type.getInstanceClass();
			if (c == String.class) {
				return text;
			}
			if (text.isBlank()) {
				if (c != null && c.isPrimitive()) {
					throw new IllegalArgumentException(Messages.Property_valueRequired);
				}
				return null;
			}
			try {
				return EcoreUtil.createFromString(type, text.strip());
			} catch (RuntimeException e) {
				throw new IllegalArgumentException(NLS.bind(Messages.Property_invalidValue, text.strip()), e);
			}
		}
	}

	/** A text cell that shows and returns model values; invalid text keeps the cell invalid (nothing is applied). */
	static final class ConvertingTextCellEditor extends TextCellEditor {

		private final Function<Object, String> toText;
		private final Function<String, Object> fromText;

		ConvertingTextCellEditor(Composite parent, Function<Object, String> toText, Function<String, Object> fromText) {
			super(parent, SWT.SINGLE);
			this.toText = toText;
			this.fromText = fromText;
			setValidator(value -> {
				if (!(value instanceof String text)) {
					return null;
				}
				try {
					fromText.apply(text);
					return null;
				} catch (IllegalArgumentException e) {
					return e.getMessage();
				}
			});
		}

		@Override
		protected void doSetValue(Object value) {
			super.doSetValue(toText.apply(value));
		}

		@Override
		protected Object doGetValue() {
			try {
				return fromText.apply((String) super.doGetValue());
			} catch (IllegalArgumentException e) {
				return null;
			}
		}
	}

	/** A read-only combo over a list of values, shown with their labels. */
	static final class ChoiceCellEditor extends ComboBoxCellEditor {

		private final List<Object> values;

		ChoiceCellEditor(Composite parent, List<Object> values, Function<Object, String> label) {
			super(parent, values.stream().map(label).toArray(String[]::new), SWT.READ_ONLY);
			this.values = values;
		}

		@Override
		protected void doSetValue(Object value) {
			super.doSetValue(Integer.valueOf(values.indexOf(value)));
		}

		@Override
		protected Object doGetValue() {
			int index = ((Integer) super.doGetValue()).intValue();
			return index >= 0 && index < values.size() ? values.get(index) : null;
		}
	}
}
