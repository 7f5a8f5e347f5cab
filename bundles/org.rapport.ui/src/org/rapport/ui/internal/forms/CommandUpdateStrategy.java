package org.rapport.ui.internal.forms;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Writes a field's value into the model as a {@link SetCommand} on the editor's command stack, so that every
 * edit made in a form is one undoable, labelled step. Nothing is executed when the value did not change (leaving
 * a field without typing must not dirty the plan).
 *
 * @param <S> the widget's value type
 * @param <V> the value written to the model
 */
final class CommandUpdateStrategy<S, V> extends UpdateValueStrategy<S, V> {

	private final EditingDomain domain;
	private final Supplier<? extends EObject> owner;
	private final EStructuralFeature feature;
	private final Function<V, Object> toModel;

	CommandUpdateStrategy(int policy, EditingDomain domain, Supplier<? extends EObject> owner,
			EStructuralFeature feature, Function<V, Object> toModel) {
		super(policy);
		this.domain = domain;
		this.owner = owner;
		this.feature = feature;
		this.toModel = toModel;
	}

	@Override
	protected IStatus doSet(IObservableValue<? super V> observable, V value) {
		EObject target = owner.get();
		if (target == null) {
			return Status.OK_STATUS;
		}
		Object newValue = toModel.apply(value);
		if (Objects.equals(target.eGet(feature), newValue)) {
			return Status.OK_STATUS;
		}
		Command command = SetCommand.create(domain, target, feature,
				newValue == null && feature.isUnsettable() ? SetCommand.UNSET_VALUE : newValue);
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
		return Status.OK_STATUS;
	}
}
