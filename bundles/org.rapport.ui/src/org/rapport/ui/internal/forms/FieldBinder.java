/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.forms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.databinding.Binding;
import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.core.databinding.observable.list.IObservableList;
import org.eclipse.core.databinding.observable.value.ComputedValue;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.databinding.validation.IValidator;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.databinding.EMFProperties;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.core.databinding.validation.ValidationStatus;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.forms.IFormColors;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.rapport.model.contacts.PartialDate;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.model.validation.PlanValidation;
import org.rapport.ui.UiIds;

/**
 * Builds the fields of a details form and binds each, with JFace/EMF databinding, to a feature of the object in
 * {@code master} (the element selected in the master list).
 * <p>
 * The model side observes the feature, so undo, the Properties view or another page show up in the field at
 * once. The widget side writes through {@link CommandUpdateStrategy}: one {@code SetCommand} per edit. Text
 * fields apply when the user leaves them or presses Enter (not on every keystroke, which would make each
 * character an undo step); until then the form is dirty and {@link #commit()} applies them (before save, undo,
 * or another selection). Each field carries a decoration: the conversion error of what is typed (a date that is
 * not a date), else the plan validator's problem with that feature of the object.
 * </p>
 */
public final class FieldBinder {

	/** The control's data key holding the message its decoration shows ({@code null} when none is shown). */
	public static final String PROBLEM_KEY = "org.rapport.ui.problem"; //$NON-NLS-1$

	private final EditingDomain domain;
	private final FormToolkit toolkit;
	private final Composite client;
	private final IObservableValue<EObject> master;
	private final Runnable dirtyChanged;
	private final DataBindingContext context = new DataBindingContext();
	private final List<Field> fields = new ArrayList<>();
	private final List<Runnable> refreshers = new ArrayList<>();
	private final List<FieldBinder> nested = new ArrayList<>();
	private final CommandUpdateStrategy.Target target;
	/** For the fields of a contained object: the binder of its container, else {@code null}. */
	private final FieldBinder container;
	private Runnable enablement = () -> {
	};
	private boolean fromModel;

	/**
	 * @param client a composite with a two-column {@code GridLayout} (labels, then fields)
	 * @param dirtyChanged told when a field starts or stops having typed text not yet applied
	 */
	public FieldBinder(EditingDomain domain, FormToolkit toolkit, Composite client, IObservableValue<EObject> master,
			Runnable dirtyChanged) {
		this.domain = domain;
		this.toolkit = toolkit;
		this.client = client;
		this.master = master;
		this.dirtyChanged = dirtyChanged;
		this.container = null;
		target = CommandUpdateStrategy.ownerTarget(domain, master::getValue);
		client.addDisposeListener(e -> context.dispose());
		// the wheel scrolls the form past its combos rather than changing them
		WheelGuard.install(client.getDisplay());
	}

	/** The binder of the fields of the object {@code containment} holds in the container's object. */
	private FieldBinder(FieldBinder container, Composite client, EReference containment, String createLabel) {
		this.domain = container.domain;
		this.toolkit = container.toolkit;
		this.client = client;
		this.dirtyChanged = container.dirtyChanged;
		this.container = container;
		@SuppressWarnings("unchecked")
		IObservableValue<EObject> contained = (IObservableValue<EObject>) (IObservableValue<?>) EMFProperties
				.value(containment).observeDetail(container.master);
		this.master = contained;
		target = new CommandUpdateStrategy.Target() {
			@Override
			public Object get(EStructuralFeature feature) {
				EObject object = master.getValue();
				if (object != null) {
					return object.eGet(feature);
				}
				return feature.isMany() ? List.of() : feature.getDefaultValue();
			}

			@Override
			public Command set(EStructuralFeature feature, Object value) {
				EObject object = master.getValue();
				if (object != null) {
					return CommandUpdateStrategy.setCommand(domain, object, feature, value);
				}
				EObject owner = container.master.getValue();
				if (owner == null || isBlank(value)) {
					return null;
				}
				// the new object comes with the value: one command creates both, one undo removes both
				EObject created = EcoreUtil.create(containment.getEReferenceType());
				created.eSet(feature, value);
				return new CompoundCommand(createLabel,
						List.of(CommandUpdateStrategy.setCommand(domain, owner, containment, created)));
			}
		};
		client.addDisposeListener(e -> {
			context.dispose();
			contained.dispose();
		});
	}

	private static boolean isBlank(Object value) {
		return value == null || value instanceof String text && text.isBlank()
				|| value instanceof Collection<?> values && values.isEmpty();
	}

	public IObservableValue<EObject> getMaster() {
		return master;
	}

	public EditingDomain getEditingDomain() {
		return domain;
	}

	public FormToolkit getToolkit() {
		return toolkit;
	}

	public Composite getClient() {
		return client;
	}

	// --------------------------------------------------------------------------------------------- fields

	/** A one-line text for a string attribute. */
	public Text text(String label, EAttribute feature, String id) {
		return textField(label, feature, id, SWT.SINGLE, IConverter.create(String.class, Object.class, s -> s),
				null, value -> value == null ? "" : value.toString()); //$NON-NLS-1$
	}

	/** A multi-line text for a longer string attribute (notes, descriptions); Enter starts a new line. */
	public Text multiLineText(String label, EAttribute feature, String id, int lines) {
		Text text = textField(label, feature, id, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL,
				IConverter.create(String.class, Object.class, s -> s), null,
				value -> value == null ? "" : value.toString()); //$NON-NLS-1$
		GridData data = (GridData) text.getLayoutData();
		data.heightHint = text.getLineHeight() * lines + 6;
		data.verticalAlignment = SWT.FILL;
		((GridData) fieldOf(text).label.getLayoutData()).verticalAlignment = SWT.TOP;
		return text;
	}

	/**
	 * A date, shown in the locale's format and typed so, in the locale's short format or as {@code yyyy-MM-dd}; empty
	 * means no date. Once applied, the field shows the date as every date shows.
	 */
	public Text date(String label, EAttribute feature, String id) {
		Text text = textField(label, feature, id, SWT.SINGLE,
				IConverter.create(String.class, Object.class, Converters::parseDate), Converters.dateValidator(label),
				Converters::formatDate);
		text.setMessage(Converters.dateHint());
		Binding binding = fieldOf(text).binding;
		org.eclipse.swt.widgets.Listener reformat = e -> {
			if (!text.isDisposed() && Converters.isOk(binding.getValidationStatus().getValue())) {
				binding.updateModelToTarget();
			}
		};
		// after the field's own listeners, which apply what was typed
		text.addListener(SWT.DefaultSelection, reformat);
		text.addListener(SWT.FocusOut, reformat);
		return text;
	}

	/**
	 * A date whose year may be unknown (a birthday), typed as {@code YYYY-MM-DD} or {@code --MM-DD}; empty means none.
	 */
	public Text partialDate(String label, EAttribute feature, String id) {
		Text text = textField(label, feature, id, SWT.SINGLE,
				IConverter.create(String.class, Object.class, s -> PartialDate.parse(s)), s -> {
					try {
						PartialDate.parse(s);
						return ValidationStatus.ok();
					} catch (IllegalArgumentException e) {
						return ValidationStatus.error(NLS.bind(Messages.Field_badPartialDate, label.replace("&", ""), //$NON-NLS-1$ //$NON-NLS-2$
								s.strip()));
					}
				}, value -> value == null ? "" : value.toString()); //$NON-NLS-1$
		text.setMessage(Messages.Field_partialDateHint);
		return text;
	}

	/**
	 * The objects a containment holds, as a small table edited in place with Add and Remove (a contact's e-mail
	 * addresses); the label above it, the table across the form.
	 */
	public EntryTableField entries(String label, EReference containment, String id, List<EntryTableField.Column> columns) {
		Label name = createLabel(label);
		((GridData) name.getLayoutData()).horizontalSpan = 2;
		EntryTableField field = new EntryTableField(this, containment, id, columns);
		GridData data = fieldData();
		data.horizontalSpan = 2;
		field.getControl().setLayoutData(data);
		fields.add(new Field(name, field.getControl(), containment, null, false));
		refreshers.add(field::refresh);
		return field;
	}

	/** A whole or decimal number, following the attribute's type. */
	public Text number(String label, EAttribute feature, String id) {
		Class<?> type = feature.getEAttributeType().getInstanceClass();
		return textField(label, feature, id, SWT.SINGLE | SWT.RIGHT,
				IConverter.create(String.class, Object.class, s -> Converters.parseNumber(s, type)),
				Converters.numberValidator(label, type), Converters::formatNumber);
	}

	/** A many-valued string attribute (emails, tags) edited as comma-separated text. */
	public Text list(String label, EAttribute feature, String id) {
		Text text = createText(label, id, SWT.SINGLE);
		text.setToolTipText(Messages.Field_listHint);
		bindValues(label, feature, text, Converters::formatList, Converters::parseList);
		return text;
	}

	/**
	 * A many-valued string attribute whose values are sentences (decisions, key messages), one per line, so that
	 * commas inside a value stay in it; blank lines are dropped.
	 */
	public Text lines(String label, EAttribute feature, String id, int rows) {
		Text text = createText(label, id, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		text.setToolTipText(Messages.Field_linesHint);
		GridData data = (GridData) text.getLayoutData();
		data.heightHint = text.getLineHeight() * rows + 6;
		data.verticalAlignment = SWT.FILL;
		((GridData) lastLabel().getLayoutData()).verticalAlignment = SWT.TOP;
		bindValues(label, feature, text, Converters::formatLines, Converters::parseLines);
		return text;
	}

	/** Binds a text to the values of a many-valued attribute, shown and read as one string. */
	private void bindValues(String label, EAttribute feature, Text text, Function<List<Object>, String> format,
			Function<String, Object> parse) {
		IObservableList<Object> values = EMFProperties.list(feature).observeDetail(master);
		IObservableValue<String> joined = eager(ComputedValue.create(() -> format.apply(new ArrayList<>(values))));
		UpdateValueStrategy<String, String> toModel = new CommandUpdateStrategy<>(UpdateValueStrategy.POLICY_CONVERT,
				domain, target, feature, parse);
		Binding binding = context.bindValue(WidgetProperties.text(SWT.Modify).observe(text), joined, toModel,
				new FromModel<>());
		addTextField(label, feature, text, binding);
	}

	/** A drop-down of an enumeration's literals. */
	public ComboViewer choice(String label, EAttribute feature, String id) {
		ComboViewer viewer = createCombo(label, id);
		viewer.setLabelProvider(LabelProvider.createTextProvider(e -> RapportLabels.literal((Enumerator) e)));
		viewer.setInput(((EEnum) feature.getEAttributeType()).getELiterals().stream()
				.map(literal -> literal.getInstance()).toList());
		Binding binding = context.bindValue(ViewerProperties.singleSelection().observe(viewer),
				EMFProperties.value(feature).observeDetail(master), commands(feature, v -> v), null);
		fields.add(new Field(lastLabel(), viewer.getControl(), feature, binding, false));
		return viewer;
	}

	/** A check box for a boolean attribute; the label is beside the box. */
	public Button check(String label, EAttribute feature, String id) {
		toolkit.createLabel(client, ""); //$NON-NLS-1$
		Button button = toolkit.createButton(client, label, SWT.CHECK);
		button.setData(UiIds.KEY, id);
		button.setLayoutData(fieldData());
		Binding binding = context.bindValue(WidgetProperties.buttonSelection().observe(button),
				EMFProperties.value(feature).observeDetail(master), commands(feature, v -> v), null);
		fields.add(new Field(lastLabel(), button, feature, binding, false));
		return button;
	}

	/** One check box per literal of a many-valued enumeration attribute (channels of a strategy). */
	public Composite literals(String label, EAttribute feature, String id) {
		createLabel(label);
		Composite row = toolkit.createComposite(client);
		row.setLayout(ElementListPart.wrappingRow());
		row.setData(UiIds.KEY, id);
		row.setLayoutData(fieldData());
		IObservableList<Object> values = EMFProperties.list(feature).observeDetail(master);
		for (EEnumLiteral literal : ((EEnum) feature.getEAttributeType()).getELiterals()) {
			Enumerator value = literal.getInstance();
			Button button = toolkit.createButton(row, RapportLabels.literal(value), SWT.CHECK);
			button.setData(UiIds.KEY, id + "." + value.getLiteral()); //$NON-NLS-1$
			IObservableValue<Boolean> contained = eager(ComputedValue.create(() -> values.contains(value)));
			context.bindValue(WidgetProperties.buttonSelection().observe(button), contained,
					commands(feature, checked -> withOrWithout(feature, value, checked)), null);
		}
		fields.add(new Field(lastLabel(), row, feature, null, false));
		return row;
	}

	private Object withOrWithout(EStructuralFeature feature, Object value, Boolean present) {
		List<Object> values = new ArrayList<>((Collection<?>) target.get(feature));
		values.remove(value);
		if (Boolean.TRUE.equals(present)) {
			values.add(value);
		}
		return values;
	}

	/**
	 * A drop-down to choose the object a single reference points at, among {@code candidates} (asked again on every
	 * refresh), with a "none" entry.
	 */
	public ComboViewer reference(String label, EReference feature, String id,
			Supplier<? extends Collection<? extends EObject>> candidates) {
		ComboViewer viewer = createCombo(label, id);
		viewer.setLabelProvider(LabelProvider
				.createTextProvider(e -> e == NONE ? Messages.Field_none : RapportLabels.text(e)));
		Runnable fill = () -> {
			List<Object> input = new ArrayList<>();
			input.add(NONE);
			input.addAll(candidates.get());
			EObject owner = master.getValue();
			Object current = owner == null ? null : owner.eGet(feature);
			if (current != null && !input.contains(current)) {
				input.add(current);
			}
			fromModel = true;
			try {
				viewer.setInput(input);
				// a new input clears the combo: show the current value again
				viewer.setSelection(new StructuredSelection(current == null ? NONE : current));
			} finally {
				fromModel = false;
			}
		};
		fill.run();
		refreshers.add(fill);
		master.addValueChangeListener(e -> fill.run());
		UpdateValueStrategy<Object, Object> toModel = commands(feature, v -> v == NONE ? null : v);
		UpdateValueStrategy<Object, Object> toWidget = new UpdateValueStrategy<>();
		toWidget.setConverter(IConverter.create(Object.class, Object.class, v -> v == null ? NONE : v));
		Binding binding = context.bindValue(ViewerProperties.singleSelection().observe(viewer),
				EMFProperties.value(feature).observeDetail(master), toModel, toWidget);
		fields.add(new Field(lastLabel(), viewer.getControl(), feature, binding, false));
		return viewer;
	}

	/**
	 * A single reference chosen in a filtered dialog among {@code candidates} (thousands of contacts, too many for
	 * a drop-down): the object's name, Choose… and Clear. The controls get {@code id}, {@code id + ".choose"} and
	 * {@code id + ".clear"}.
	 */
	public Text chosenReference(String label, EReference feature, String id,
			Supplier<? extends Collection<? extends EObject>> candidates) {
		createLabel(label);
		Composite row = toolkit.createComposite(client);
		// the name on a line of its own, the buttons under it, one under the other when the details column is
		// too narrow for both side by side: names are long and details columns narrow
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		row.setLayout(layout);
		row.setLayoutData(fieldData());
		Text shown = toolkit.createText(row, "", SWT.READ_ONLY | SWT.BORDER); //$NON-NLS-1$
		shown.setData(UiIds.KEY, id);
		GridData shownData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		shownData.widthHint = 60;
		shown.setLayoutData(shownData);
		Composite buttons = toolkit.createComposite(row);
		buttons.setLayout(ElementListPart.wrappingRow());
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Button choose = toolkit.createButton(buttons, Messages.Field_choose, SWT.PUSH);
		choose.setData(UiIds.KEY, id + ".choose"); //$NON-NLS-1$
		Button clear = toolkit.createButton(buttons, Messages.Field_clear, SWT.PUSH);
		clear.setData(UiIds.KEY, id + ".clear"); //$NON-NLS-1$
		Runnable show = () -> {
			if (shown.isDisposed()) {
				return;
			}
			Object value = target.get(feature);
			String text = value == null ? Messages.Field_none : RapportLabels.text(value);
			if (!text.equals(shown.getText())) {
				shown.setText(text);
			}
			clear.setEnabled(canEdit() && value != null);
		};
		refreshers.add(show);
		master.addValueChangeListener(e -> show.run());
		show.run();
		choose.addListener(SWT.Selection, e -> {
			if (!canEdit()) {
				return;
			}
			commit();
			ElementListSelectionDialog dialog = new ElementListSelectionDialog(client.getShell(),
					LabelProvider.createTextProvider(RapportLabels::text));
			dialog.setTitle(label.replace("&", "").replace(":", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			dialog.setMessage(Messages.Field_chooseOne);
			dialog.setMultipleSelection(false);
			dialog.setElements(candidates.get().toArray());
			Object current = target.get(feature);
			if (current != null) {
				dialog.setInitialSelections(current);
			}
			if (dialog.open() == Window.OK && dialog.getFirstResult() != null) {
				execute(target.set(feature, dialog.getFirstResult()));
			}
		});
		clear.addListener(SWT.Selection, e -> execute(target.set(feature, null)));
		fields.add(new Field(lastLabel(), row, feature, null, false));
		return shown;
	}

	private void execute(Command command) {
		if (command != null && command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}

	/**
	 * The objects a many-valued reference holds, in a small list with Add… (choose among {@code candidates}) and
	 * Remove; double-click calls {@code open}.
	 */
	public ReferenceListField references(String label, EReference feature, String id,
			Supplier<? extends Collection<? extends EObject>> candidates, Consumer<EObject> open) {
		// label above, list across the whole width: names are long
		Label name = createLabel(label);
		((GridData) name.getLayoutData()).horizontalSpan = 2;
		ReferenceListField field = new ReferenceListField(this, feature, id, candidates, open);
		GridData data = fieldData();
		data.horizontalSpan = 2;
		field.getControl().setLayoutData(data);
		fields.add(new Field(name, field.getControl(), feature, null, false));
		return field;
	}

	/** A read-only value the model computes (last contact, progress): shown, updated, never edited. */
	public Label derived(String label, String id, Function<EObject, String> text) {
		return derived(label, id, text, false);
	}

	/**
	 * A read-only value shown only while there is one (where an imported contact came from): label and value are
	 * left out of the form while the text is empty.
	 */
	public Label derivedIfSet(String label, String id, Function<EObject, String> text) {
		return derived(label, id, text, true);
	}

	private Label derived(String label, String id, Function<EObject, String> text, boolean onlyIfSet) {
		Label caption = createLabel(label);
		Label value = toolkit.createLabel(client, "", SWT.WRAP); //$NON-NLS-1$
		value.setData(UiIds.KEY, id);
		value.setLayoutData(fieldData());
		Runnable show = () -> {
			EObject owner = master.getValue();
			String shown = owner == null ? null : text.apply(owner);
			if (shown == null) {
				shown = ""; //$NON-NLS-1$
			}
			if (value.isDisposed()) {
				return;
			}
			boolean hide = onlyIfSet && shown.isEmpty();
			if (hide != ((GridData) value.getLayoutData()).exclude) {
				for (Control control : new Control[] { caption, value }) {
					((GridData) control.getLayoutData()).exclude = hide;
					control.setVisible(!hide);
				}
				client.layout(true);
			}
			if (!shown.equals(value.getText())) {
				value.setText(shown);
				value.getParent().layout(new Control[] { value });
			}
		};
		refreshers.add(show);
		master.addValueChangeListener(e -> show.run());
		show.run();
		return value;
	}

	/**
	 * Links the model suggests (write to them, call them): {@code markup} gives the link text of the object shown
	 * ({@code <a href="...">...</a>}, empty for none), and {@code open} is told the object and the href clicked.
	 * Nothing is edited.
	 */
	public Link links(String label, String id, Function<EObject, String> markup,
			java.util.function.BiConsumer<EObject, String> open) {
		createLabel(label);
		Link value = new Link(client, SWT.NONE);
		toolkit.adapt(value, false, false);
		value.setData(UiIds.KEY, id);
		value.setLayoutData(fieldData());
		value.addListener(SWT.Selection, e -> {
			EObject owner = master.getValue();
			if (owner != null && e.text != null) {
				open.accept(owner, e.text);
			}
		});
		Runnable show = () -> {
			EObject owner = master.getValue();
			String shown = owner == null ? "" : markup.apply(owner); //$NON-NLS-1$
			if (!value.isDisposed() && !shown.equals(value.getText())) {
				value.setText(shown);
				value.getParent().layout(new Control[] { value });
			}
		};
		refreshers.add(show);
		master.addValueChangeListener(e -> show.run());
		show.run();
		return value;
	}

	/**
	 * A labelled row for a field the caller builds (a photo with its buttons): the composite in the field column, with
	 * {@code id}; {@code refresh} runs when another object is shown and after every change of the model.
	 */
	public Composite custom(String label, String id, EStructuralFeature feature, Runnable refresh) {
		createLabel(label);
		Composite row = toolkit.createComposite(client);
		row.setData(UiIds.KEY, id);
		row.setLayoutData(fieldData());
		refreshers.add(refresh);
		master.addValueChangeListener(e -> refresh.run());
		fields.add(new Field(lastLabel(), row, feature, null, false));
		return row;
	}

	/** A heading across the form that groups the fields after it ("How to reach them"). */
	public Label heading(String title) {
		Label heading = toolkit.createLabel(client, title);
		heading.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		heading.setForeground(toolkit.getColors().getColor(IFormColors.TITLE));
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.horizontalSpan = 2;
		data.verticalIndent = client.getChildren().length > 1 ? 8 : 0;
		heading.setLayoutData(data);
		return heading;
	}

	/**
	 * The fields of an object the edited one contains and may lack (an audience's communication strategy), in a
	 * section of their own below the other fields; declare them on the binder returned. While the object is
	 * missing the fields are empty and stay editable: the first value entered creates the object with it (one
	 * command, so one undo removes both). The section also has Create (an empty object) and Remove (the object and
	 * its values, undoable) buttons; the plan validator's problem with {@code containment} is decorated on them.
	 *
	 * @param id the {@link UiIds#KEY} of the section; its buttons get {@code id + ".create"} and
	 *            {@code id + ".remove"}
	 * @param missing the section's description while the object is missing (says that typing creates it)
	 */
	public FieldBinder contained(String title, String description, String missing, EReference containment,
			String id) {
		Section section = toolkit.createSection(client, Section.TITLE_BAR | Section.DESCRIPTION);
		section.setText(title);
		section.setData(UiIds.KEY, id);
		GridData sectionData = new GridData(SWT.FILL, SWT.TOP, true, false);
		sectionData.horizontalSpan = 2;
		sectionData.widthHint = 80;
		sectionData.verticalIndent = 8;
		section.setLayoutData(sectionData);
		Composite nestedClient = toolkit.createComposite(section);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.horizontalSpacing = ((GridLayout) client.getLayout()).horizontalSpacing;
		nestedClient.setLayout(layout);
		section.setClient(nestedClient);
		FieldBinder inner = new FieldBinder(this, nestedClient, containment, NLS.bind(Messages.Field_create, title));
		nested.add(inner);

		Composite buttons = toolkit.createComposite(nestedClient);
		buttons.setLayout(ElementListPart.wrappingRow());
		buttons.setData(UiIds.KEY, id + ".buttons"); //$NON-NLS-1$
		GridData buttonsData = fieldData();
		buttonsData.horizontalSpan = 2;
		buttons.setLayoutData(buttonsData);
		// short labels (the section's title says what they create and remove), the whole action as tooltip
		Button create = toolkit.createButton(buttons, Messages.Field_createButton, SWT.PUSH);
		create.setData(UiIds.KEY, id + ".create"); //$NON-NLS-1$
		create.setToolTipText(NLS.bind(Messages.Field_create, title));
		Button remove = toolkit.createButton(buttons, Messages.Field_remove, SWT.PUSH);
		remove.setData(UiIds.KEY, id + ".remove"); //$NON-NLS-1$
		remove.setToolTipText(NLS.bind(Messages.Field_removeContained, title));
		create.addListener(SWT.Selection, e -> {
			EObject owner = master.getValue();
			if (owner != null && owner.eGet(containment) == null) {
				inner.commit();
				Command command = new CompoundCommand(create.getToolTipText(), List.of(CommandUpdateStrategy.setCommand(domain,
						owner, containment, EcoreUtil.create(containment.getEReferenceType()))));
				if (command.canExecute()) {
					domain.getCommandStack().execute(command);
				}
			}
		});
		remove.addListener(SWT.Selection, e -> {
			EObject owner = master.getValue();
			if (owner != null && owner.eGet(containment) != null) {
				inner.commit();
				Command command = new CompoundCommand(remove.getToolTipText(),
						List.of(CommandUpdateStrategy.setCommand(domain, owner, containment, null)));
				if (command.canExecute()) {
					domain.getCommandStack().execute(command);
				}
			}
		});
		inner.enablement = () -> {
			if (section.isDisposed()) {
				return;
			}
			boolean editing = master.getValue() != null;
			boolean present = inner.master.getValue() != null;
			create.setEnabled(editing && !present);
			remove.setEnabled(editing && present);
			String shown = editing && !present ? missing : description;
			if (!shown.equals(section.getDescription())) {
				section.setDescription(shown);
				section.layout(true, true);
			}
		};
		inner.master.addValueChangeListener(e -> inner.enablement.run());
		inner.enablement.run();
		fields.add(new Field(null, buttons, containment, null, false));
		return inner;
	}

	// ------------------------------------------------------------------------------------------- behaviour

	/** Whether some field holds typed text not yet applied to the model. */
	public boolean isDirty() {
		return fields.stream().anyMatch(f -> f.pending) || nested.stream().anyMatch(FieldBinder::isDirty);
	}

	/** Applies what is typed but not yet applied, one command per field. */
	public void commit() {
		for (Field field : fields) {
			field.apply();
		}
		nested.forEach(FieldBinder::commit);
	}

	/** Re-reads computed values and choices, and re-validates the object (after any model change). */
	public void refresh() {
		if (client.isDisposed()) {
			return;
		}
		refreshers.forEach(Runnable::run);
		validate();
		nested.forEach(FieldBinder::refresh);
		enablement.run();
	}

	/** Enables the fields only while there is an object to edit. */
	public void setEnabled(boolean enabled) {
		for (Field field : fields) {
			setEnabled(field.control, enabled);
		}
		nested.forEach(n -> n.setEnabled(enabled));
		enablement.run();
	}

	private static void setEnabled(Control control, boolean enabled) {
		control.setEnabled(enabled);
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				setEnabled(child, enabled);
			}
		}
	}

	/** Decorates each field with the plan validator's problems with its feature of the object. */
	public void validate() {
		EObject owner = master.getValue();
		List<Diagnostic> problems = owner == null ? List.of() : PlanValidation.problems(PlanValidation.validateAlone(owner));
		for (Field field : fields) {
			Diagnostic worst = null;
			StringBuilder text = new StringBuilder();
			for (Diagnostic problem : problems) {
				List<?> data = problem.getData();
				if (data.size() >= 2 && data.get(0) == owner && data.get(1) == field.feature) {
					if (worst == null || problem.getSeverity() > worst.getSeverity()) {
						worst = problem;
					}
					text.append(text.length() == 0 ? "" : "\n").append(problem.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			field.modelProblem = worst == null ? null : text.toString();
			field.modelSeverity = worst == null ? Diagnostic.OK : worst.getSeverity();
			field.decorate();
		}
	}


	// ------------------------------------------------------------------------------------------- plumbing

	private static final Object NONE = new Object() {
		@Override
		public String toString() {
			return Messages.Field_none;
		}
	};

	/**
	 * Keeps a computed value current. A binding ignores its model's changes while it writes to the model, and the
	 * field's own command changes the values the computed value depends on during that write: left unread then,
	 * the computed value would stay stale and stop listening, so that an undo would no longer show in the field.
	 */
	private static <T> IObservableValue<T> eager(IObservableValue<T> computed) {
		computed.addChangeListener(e -> computed.getValue());
		return computed;
	}

	private <T> UpdateValueStrategy<T, T> commands(EStructuralFeature feature, Function<T, Object> toModel) {
		return new CommandUpdateStrategy<>(UpdateValueStrategy.POLICY_UPDATE, domain, target, feature, toModel);
	}

	private Text textField(String label, EAttribute feature, String id, int style, IConverter<String, Object> parse,
			IValidator<String> validator, Function<Object, String> format) {
		Text text = createText(label, id, style);
		CommandUpdateStrategy<String, Object> toModel = new CommandUpdateStrategy<>(UpdateValueStrategy.POLICY_CONVERT,
				domain, target, feature, v -> v);
		toModel.setConverter(parse);
		if (validator != null) {
			toModel.setAfterGetValidator(validator);
		}
		FromModel<Object, String> toWidget = new FromModel<>();
		toWidget.setConverter(IConverter.create(Object.class, String.class, format::apply));
		Binding binding = context.bindValue(WidgetProperties.text(SWT.Modify).observe(text),
				EMFProperties.value(feature).observeDetail(master), toModel, toWidget);
		addTextField(label, feature, text, binding);
		return text;
	}

	private ComboViewer createCombo(String label, String id) {
		createLabel(label);
		ComboViewer viewer = new ComboViewer(client, SWT.READ_ONLY | SWT.DROP_DOWN);
		toolkit.adapt(viewer.getControl(), true, false);
		viewer.getControl().setData(UiIds.KEY, id);
		viewer.getControl().setLayoutData(fieldData());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		return viewer;
	}

	private Text createText(String label, String id, int style) {
		createLabel(label);
		Text text = toolkit.createText(client, "", style | SWT.BORDER); //$NON-NLS-1$
		text.setData(UiIds.KEY, id);
		text.setLayoutData(fieldData());
		if ((style & SWT.MULTI) != 0) {
			// Tab moves on to the next field, as in the one-line fields (a tab character is never wanted here)
			text.addTraverseListener(e -> {
				if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
					e.doit = true;
				}
			});
		}
		return text;
	}

	private void addTextField(String label, EStructuralFeature feature, Text text, Binding binding) {
		Field field = new Field(lastLabel(), text, feature, binding, true);
		fields.add(field);
		text.addListener(SWT.Modify, e -> {
			if (!fromModel && canEdit() && !field.pending) {
				field.pending = true;
				dirtyChanged.run();
			}
		});
		text.addListener(SWT.FocusOut, e -> field.apply());
		if ((text.getStyle() & SWT.MULTI) == 0) {
			text.addListener(SWT.DefaultSelection, e -> field.apply());
		}
	}

	/** Whether there is something to edit: the object, or the container that will hold it once created. */
	private boolean canEdit() {
		return master.getValue() != null || container != null && container.master.getValue() != null;
	}

	private Label lastLabelCreated;

	private Label createLabel(String label) {
		lastLabelCreated = toolkit.createLabel(client, label);
		lastLabelCreated.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
		return lastLabelCreated;
	}

	private Label lastLabel() {
		return lastLabelCreated;
	}

	private static GridData fieldData() {
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 80;
		data.horizontalIndent = FieldDecorationRegistry.getDefault().getMaximumDecorationWidth();
		return data;
	}

	private Field fieldOf(Control control) {
		return fields.stream().filter(f -> f.control == control).findFirst().orElse(null);
	}

	/** Marks widget updates that come from the model, so that they do not count as typing. */
	private final class FromModel<M, T> extends UpdateValueStrategy<M, T> {
		@Override
		protected IStatus doSet(IObservableValue<? super T> observable, T value) {
			boolean was = fromModel;
			fromModel = true;
			try {
				return super.doSet(observable, value);
			} finally {
				fromModel = was;
			}
		}
	}

	/** A bound control, its label and its decoration. */
	private final class Field {

		final Label label;
		final Control control;
		final EStructuralFeature feature;
		final Binding binding;
		final boolean text;
		final ControlDecoration decoration;
		boolean pending;
		String modelProblem;
		int modelSeverity;

		Field(Label label, Control control, EStructuralFeature feature, Binding binding, boolean text) {
			this.label = label;
			this.control = control;
			this.feature = feature;
			this.binding = binding;
			this.text = text;
			decoration = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
			decoration.hide();
			if (binding != null) {
				binding.getValidationStatus().addValueChangeListener(e -> decorate());
			}
		}

		void apply() {
			if (!pending) {
				return;
			}
			pending = false;
			if (!control.isDisposed() && binding != null && canEdit()) {
				binding.updateTargetToModel();
			}
			dirtyChanged.run();
		}

		void decorate() {
			if (control.isDisposed()) {
				return;
			}
			IStatus typed = binding == null ? null : binding.getValidationStatus().getValue();
			String message;
			boolean error;
			if (!Converters.isOk(typed)) {
				message = typed.getMessage();
				error = typed.getSeverity() == IStatus.ERROR;
			} else if (modelProblem != null) {
				message = modelProblem;
				error = modelSeverity == Diagnostic.ERROR;
			} else {
				decoration.hide();
				control.setData(PROBLEM_KEY, null);
				return;
			}
			String key = error ? FieldDecorationRegistry.DEC_ERROR : FieldDecorationRegistry.DEC_WARNING;
			decoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(key).getImage());
			decoration.setDescriptionText(message);
			decoration.show();
			control.setData(PROBLEM_KEY, message);
		}
	}
}
