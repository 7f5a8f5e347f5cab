/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.codegen;

import org.eclipse.emf.codegen.merge.java.facade.FacadeHelper;
import org.eclipse.emf.codegen.merge.java.facade.JCompilationUnit;
import org.eclipse.emf.codegen.merge.java.facade.JNode;

/**
 * A JMerge facade that never merges. EMF's default facade (ASTFacadeHelper) needs JDT; we always
 * generate into an empty folder, so there is nothing to merge with and JDT is not needed.
 */
public class NoMergeFacadeHelper extends FacadeHelper {

    @Override
    public boolean canMerge() {
        return false;
    }

    @Override
    public JNode cloneNode(Object context, JNode node) {
        throw new UnsupportedOperationException("merging is not supported");
    }

    @Override
    public Object getContext(JNode node) {
        throw new UnsupportedOperationException("merging is not supported");
    }

    @Override
    public JCompilationUnit createCompilationUnit(String name, String contents) {
        throw new UnsupportedOperationException("merging is not supported");
    }

    @Override
    protected JNode doConvertToNode(Object object) {
        throw new UnsupportedOperationException("merging is not supported");
    }
}
