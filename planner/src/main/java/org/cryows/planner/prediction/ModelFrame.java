package org.cryows.planner.prediction;

import org.cryows.planner.thermal.cartesian.PointMm;

/**
 * The 3-D model's frame against the plan's: a rotation and an origin. With a skin, the model's z
 * axis is the skin's outward normal and the skin plane is z = 0, so the skin is the top face of the
 * model's box; without one the frames coincide.
 */
final class ModelFrame {

  private final PointMm originMm;
  private final PointMm xAxis;
  private final PointMm yAxis;
  private final PointMm zAxis;

  private ModelFrame(PointMm originMm, PointMm xAxis, PointMm yAxis, PointMm zAxis) {
    this.originMm = originMm;
    this.xAxis = xAxis;
    this.yAxis = yAxis;
    this.zAxis = zAxis;
  }

  static ModelFrame plan() {
    return new ModelFrame(
        new PointMm(0, 0, 0), new PointMm(1, 0, 0), new PointMm(0, 1, 0), new PointMm(0, 0, 1));
  }

  /** A frame with z along the skin's outward normal and its origin on the skin plane. */
  static ModelFrame onSkin(Structure.Skin skin) {
    PointMm z = skin.outwardNormal();
    PointMm[] across = Surfaces.perpendiculars(z);
    // x, y, z right-handed: x cross y = z.
    PointMm x = across[0];
    PointMm y = z.cross(x).unit();
    return new ModelFrame(skin.pointMm(), x, y, z);
  }

  boolean isPlan() {
    return originMm.lengthMm() == 0 && xAxis.xMm() == 1 && yAxis.yMm() == 1 && zAxis.zMm() == 1;
  }

  PointMm planToModelMm(PointMm planPoint) {
    PointMm offset = planPoint.minus(originMm);
    return new PointMm(offset.dot(xAxis), offset.dot(yAxis), offset.dot(zAxis));
  }

  PointMm planToModelDirection(PointMm planDirection) {
    return new PointMm(
        planDirection.dot(xAxis), planDirection.dot(yAxis), planDirection.dot(zAxis));
  }

  PointMm modelToPlanMm(PointMm modelPoint) {
    return originMm.plus(modelToPlanDirection(modelPoint));
  }

  PointMm modelToPlanDirection(PointMm modelDirection) {
    return xAxis
        .times(modelDirection.xMm())
        .plus(yAxis.times(modelDirection.yMm()))
        .plus(zAxis.times(modelDirection.zMm()));
  }
}
