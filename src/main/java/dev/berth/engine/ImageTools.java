package dev.berth.engine;

import java.util.List;

/** The facade's calls about what an image is made of. */
public interface ImageTools {

    /** The image's layers ({@code docker history}), newest first; empty when the image is not here. */
    List<ImageLayer> imageLayers(String image);
}
