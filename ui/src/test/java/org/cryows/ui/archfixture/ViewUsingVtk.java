package org.cryows.ui.archfixture;

/** Breaks a rule on purpose: VTK outside ui's 3D adapter. */
public class ViewUsingVtk {
  vtk.vtkRenderer renderer() {
    return null;
  }
}
