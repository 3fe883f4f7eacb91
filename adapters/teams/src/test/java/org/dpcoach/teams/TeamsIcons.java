package org.dpcoach.teams;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the Teams app icons into src/main/resources/teams: color.png (192 x 192, a white speech
 * bubble with a tick on the accent colour) and outline.png (32 x 32, the same shape in white on
 * transparency). Run it from the module folder when the icons need redrawing.
 */
final class TeamsIcons {
  private TeamsIcons() {}

  /** A speech bubble with a tail, scaled to an s x s box. */
  static Shape bubble(double s) {
    Area a =
        new Area(
            new RoundRectangle2D.Double(
                0.12 * s, 0.16 * s, 0.76 * s, 0.54 * s, 0.22 * s, 0.22 * s));
    Path2D tail = new Path2D.Double();
    tail.moveTo(0.30 * s, 0.66 * s);
    tail.lineTo(0.26 * s, 0.86 * s);
    tail.lineTo(0.48 * s, 0.68 * s);
    tail.closePath();
    a.add(new Area(tail));
    return a;
  }

  /** A tick mark as a filled outline, scaled to an s x s box. */
  static Shape tick(double s) {
    Path2D t = new Path2D.Double();
    t.moveTo(0.32 * s, 0.43 * s);
    t.lineTo(0.45 * s, 0.56 * s);
    t.lineTo(0.68 * s, 0.31 * s);
    return new BasicStroke((float) (0.075 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
        .createStrokedShape(t);
  }

  /** Writes both icons into the folder given, or into src/main/resources/teams. */
  public static void main(String[] args) throws Exception {
    File folder = new File(args.length > 0 ? args[0] : "src/main/resources/teams");
    System.setProperty("java.awt.headless", "true");
    BufferedImage color = new BufferedImage(192, 192, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = color.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(0x1F, 0x5C, 0x8A));
    g.fillRect(0, 0, 192, 192);
    Area white = new Area(bubble(192));
    white.subtract(new Area(tick(192)));
    g.setColor(Color.WHITE);
    g.fill(white);
    g.dispose();
    ImageIO.write(color, "png", new File(folder, "color.png"));

    BufferedImage outline = new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB);
    Graphics2D o = outline.createGraphics();
    o.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    Area shape = new Area(bubble(32));
    shape.subtract(new Area(tick(32)));
    o.setColor(Color.WHITE);
    o.fill(shape);
    o.dispose();
    ImageIO.write(outline, "png", new File(folder, "outline.png"));
  }
}
