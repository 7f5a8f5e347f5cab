/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.emf;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.osgi.util.NLS;
import org.rapport.model.provider.RapportEditPlugin;
import org.rapport.ui.internal.Messages;

/**
 * Names commands the way Undo and Redo menu items show them: "Set Last Name", "Add Contact", "Delete Contact".
 * EMF's own labels are only "Set", "Add" and "Delete".
 */
public final class CommandLabels {

	private CommandLabels() {
	}

	public static String label(Command command, AdapterFactory adapterFactory) {
		Command core = unwrap(command);
		if (core instanceof SetCommand set && set.getFeature() != null) {
			EStructuralFeature feature = set.getFeature();
			return NLS.bind(Messages.Command_set, featureName(set.getOwner(), feature, adapterFactory));
		}
		if (core instanceof AddCommand add) {
			return NLS.bind(Messages.Command_add, typeNames(add.getCollection()));
		}
		if (core instanceof DeleteCommand || core instanceof RemoveCommand) {
			Collection<?> objects = core instanceof RemoveCommand remove ? remove.getCollection() : core.getAffectedObjects();
			return NLS.bind(Messages.Command_delete, typeNames(objects));
		}
		String label = command.getLabel();
		return label == null ? "" : label; //$NON-NLS-1$
	}

	private static Command unwrap(Command command) {
		Command current = command;
		while (true) {
			if (current instanceof DeleteCommand) {
				return current;
			}
			if (current instanceof CommandWrapper wrapper && wrapper.getCommand() != null) {
				current = wrapper.getCommand();
			} else if (current instanceof CompoundCommand compound && compound.getCommandList().size() == 1) {
				current = compound.getCommandList().get(0);
			} else {
				return current;
			}
		}
	}

	/** The feature's name as the Properties view shows it ("Last Name"). */
	public static String featureName(EObject owner, EStructuralFeature feature, AdapterFactory adapterFactory) {
		if (adapterFactory != null && owner != null) {
			IItemPropertySource source = (IItemPropertySource) adapterFactory.adapt(owner, IItemPropertySource.class);
			if (source != null) {
				for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(owner)) {
					if (descriptor.getFeature(owner) == feature) {
						return descriptor.getDisplayName(owner);
					}
				}
			}
		}
		return feature.getName();
	}

	/** The type name of a model class as the generated plugin.properties spells it ("Follow Up"). */
	public static String typeName(EClass eClass) {
		try {
			return RapportEditPlugin.INSTANCE.getString("_UI_" + eClass.getName() + "_type"); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (RuntimeException e) {
			return eClass.getName();
		}
	}

	private static String typeNames(Collection<?> objects) {
		Set<String> names = new LinkedHashSet<>();
		if (objects != null) {
			for (Object object : objects) {
				if (object instanceof EObject eObject) {
					names.add(typeName(eObject.eClass()));
				}
			}
		}
		return String.join(", ", names); //$NON-NLS-1$
	}
}
