/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
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

	/**
	 * Where a field's value goes: the object edited, or, for the fields of a contained object that may not exist
	 * yet (an audience's communication strategy), a target that creates it with the value.
	 */
	interface Target {

		/** The feature's value now (its default while there is no object to hold it). */
		Object get(EStructuralFeature feature);

		/** The command that sets the feature, or {@code null} when there is nothing to set it on. */
		Command set(EStructuralFeature feature, Object value);
	}

	private final EditingDomain domain;
	private final Target target;
	private final EStructuralFeature feature;
	private final Function<V, Object> toModel;

	CommandUpdateStrategy(int policy, EditingDomain domain, Supplier<? extends EObject> owner,
			EStructuralFeature feature, Function<V, Object> toModel) {
		this(policy, domain, ownerTarget(domain, owner), feature, toModel);
	}

	CommandUpdateStrategy(int policy, EditingDomain domain, Target target, EStructuralFeature feature,
			Function<V, Object> toModel) {
		super(policy);
		this.domain = domain;
		this.target = target;
		this.feature = feature;
		this.toModel = toModel;
	}

	/** The target that sets the feature of the object {@code owner} supplies, when there is one. */
	static Target ownerTarget(EditingDomain domain, Supplier<? extends EObject> owner) {
		return new Target() {
			@Override
			public Object get(EStructuralFeature feature) {
				EObject object = owner.get();
				return object == null ? null : object.eGet(feature);
			}

			@Override
			public Command set(EStructuralFeature feature, Object value) {
				EObject object = owner.get();
				return object == null ? null : setCommand(domain, object, feature, value);
			}
		};
	}

	static Command setCommand(EditingDomain domain, EObject object, EStructuralFeature feature, Object value) {
		return SetCommand.create(domain, object, feature,
				value == null && feature.isUnsettable() ? SetCommand.UNSET_VALUE : value);
	}

	@Override
	protected IStatus doSet(IObservableValue<? super V> observable, V value) {
		Object newValue = toModel.apply(value);
		if (Objects.equals(target.get(feature), newValue)) {
			return Status.OK_STATUS;
		}
		Command command = target.set(feature, newValue);
		if (command != null && command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
		return Status.OK_STATUS;
	}
}
