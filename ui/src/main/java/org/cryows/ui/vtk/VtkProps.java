package org.cryows.ui.vtk;

import java.util.List;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.thermal.cartesian.IsothermSurface;
import org.cryows.ui.scene.model.ImageInSpace;
import org.cryows.ui.scene.model.SceneColour;
import org.cryows.ui.scene.model.SceneColours;
import org.cryows.ui.scene.model.SceneMarker;
import vtk.vtkActor;
import vtk.vtkCellArray;
import vtk.vtkFloatArray;
import vtk.vtkImageData;
import vtk.vtkPlaneSource;
import vtk.vtkPoints;
import vtk.vtkPolyData;
import vtk.vtkPolyDataMapper;
import vtk.vtkPolyDataNormals;
import vtk.vtkSphereSource;
import vtk.vtkTexture;
import vtk.vtkTubeFilter;
import vtk.vtkUnsignedCharArray;

/** VTK actors for the scene's values: tubes, meshes, balls and textured planes. */
final class VtkProps {

  /** Sides of a tube's polygon: round enough at the sizes shown. */
  static final int TUBE_SIDES = 16;

  private VtkProps() {}

  /**
   * An actor drawing {@code polyData} in one colour, lit diffusely: no specular highlight, which in
   * Mesa's software rasterizer doubled the time of a 1280 x 800 picture of a knee's bones (51 ms
   * against 26 ms at a load average of 5 on 2 cores).
   */
  static vtkActor actor(vtkPolyData polyData, SceneColour colour, double opacity) {
    vtkPolyDataMapper mapper = new vtkPolyDataMapper();
    mapper.SetInputData(polyData);
    mapper.ScalarVisibilityOff();
    mapper.SetStatic(1);
    vtkActor actor = new vtkActor();
    actor.SetMapper(mapper);
    actor.GetProperty().SetColor(colour.red(), colour.green(), colour.blue());
    actor.GetProperty().SetOpacity(opacity);
    actor.GetProperty().SetSpecular(0);
    return actor;
  }

  /** A tube of {@code diameterMm} along the polyline, capped. */
  static vtkPolyData tube(List<Vector3> points, double diameterMm) {
    vtkPoints vertices = new vtkPoints();
    vtkCellArray line = new vtkCellArray();
    line.InsertNextCell(points.size());
    for (int i = 0; i < points.size(); i++) {
      Vector3 p = points.get(i);
      vertices.InsertNextPoint(p.x(), p.y(), p.z());
      line.InsertCellPoint(i);
    }
    vtkPolyData polyline = new vtkPolyData();
    polyline.SetPoints(vertices);
    polyline.SetLines(line);
    vtkTubeFilter tube = new vtkTubeFilter();
    tube.SetInputData(polyline);
    tube.SetRadius(diameterMm / 2);
    tube.SetNumberOfSides(TUBE_SIDES);
    tube.CappingOn();
    tube.Update();
    vtkPolyData result = new vtkPolyData();
    result.ShallowCopy(tube.GetOutput());
    return result;
  }

  /** A triangle mesh with smooth normals. */
  static vtkPolyData mesh(IsothermSurface surface) {
    List<Vector3> vertices = surface.verticesMm();
    float[] xyz = new float[3 * vertices.size()];
    for (int i = 0; i < vertices.size(); i++) {
      Vector3 v = vertices.get(i);
      xyz[3 * i] = (float) v.x();
      xyz[3 * i + 1] = (float) v.y();
      xyz[3 * i + 2] = (float) v.z();
    }
    vtkFloatArray coordinates = new vtkFloatArray();
    coordinates.SetNumberOfComponents(3);
    coordinates.SetJavaArray(xyz);
    vtkPoints points = new vtkPoints();
    points.SetData(coordinates);
    vtkCellArray triangles = new vtkCellArray();
    for (IsothermSurface.Triangle t : surface.triangles()) {
      triangles.InsertNextCell(3);
      triangles.InsertCellPoint(t.a());
      triangles.InsertCellPoint(t.b());
      triangles.InsertCellPoint(t.c());
    }
    vtkPolyData polyData = new vtkPolyData();
    polyData.SetPoints(points);
    polyData.SetPolys(triangles);
    vtkPolyDataNormals normals = new vtkPolyDataNormals();
    normals.SetInputData(polyData);
    normals.SplittingOff();
    normals.Update();
    vtkPolyData result = new vtkPolyData();
    result.ShallowCopy(normals.GetOutput());
    return result;
  }

  /**
   * How opaque an isotherm is drawn: the outer ones see-through so the colder ones inside them
   * show.
   */
  static double isothermOpacity(double isothermC) {
    return isothermC >= 0 ? 0.35 : isothermC >= -20 ? 0.5 : 0.9;
  }

  static vtkActor isotherm(IsothermSurface surface) {
    return actor(
        mesh(surface),
        SceneColours.isotherm(surface.isothermC()),
        isothermOpacity(surface.isothermC()));
  }

  static vtkActor marker(SceneMarker marker) {
    vtkSphereSource sphere = new vtkSphereSource();
    Vector3 p = marker.point_Patient();
    sphere.SetCenter(p.x(), p.y(), p.z());
    sphere.SetRadius(marker.diameterMm() / 2);
    sphere.SetThetaResolution(16);
    sphere.SetPhiResolution(12);
    sphere.Update();
    return actor(sphere.GetOutput(), marker.colour(), 1);
  }

  /** The image on a plane in space, its first row at the top edge. */
  static vtkActor image(ImageInSpace image) {
    vtkPlaneSource plane = new vtkPlaneSource();
    List<Vector3> c = image.corners_Patient(); // top left, top right, bottom right, bottom left
    // Texture coordinate t grows from the origin to point 2, as VTK image rows go up.
    plane.SetOrigin(c.get(3).x(), c.get(3).y(), c.get(3).z());
    plane.SetPoint1(c.get(2).x(), c.get(2).y(), c.get(2).z());
    plane.SetPoint2(c.get(0).x(), c.get(0).y(), c.get(0).z());
    plane.Update();
    int columns = image.columns();
    int rows = image.rows();
    byte[] rgba = new byte[4 * columns * rows];
    for (int y = 0; y < rows; y++) {
      int out = 4 * (rows - 1 - y) * columns;
      for (int x = 0; x < columns; x++) {
        int p = image.argbAt(x, y);
        rgba[out++] = (byte) (p >> 16);
        rgba[out++] = (byte) (p >> 8);
        rgba[out++] = (byte) p;
        rgba[out++] = (byte) (p >>> 24);
      }
    }
    vtkUnsignedCharArray pixels = new vtkUnsignedCharArray();
    pixels.SetNumberOfComponents(4);
    pixels.SetJavaArray(rgba);
    vtkImageData texels = new vtkImageData();
    texels.SetDimensions(columns, rows, 1);
    texels.GetPointData().SetScalars(pixels);
    vtkTexture texture = new vtkTexture();
    texture.SetInputData(texels);
    texture.InterpolateOn();
    vtkActor actor = actor(plane.GetOutput(), new SceneColour(1, 1, 1), 1);
    actor.SetTexture(texture);
    actor.GetProperty().SetAmbient(1);
    actor.GetProperty().SetDiffuse(0);
    actor.GetProperty().SetSpecular(0);
    return actor;
  }
}
