package org.paperkg.store;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.dboe.base.block.Block;
import org.apache.jena.dboe.base.block.BlockMgr;
import org.apache.jena.dboe.base.block.BlockMgrWrapper;

/**
 * The leaf blocks of a B+tree that a bulk load packs, handed to Jena's packer as if they were smaller than they
 * are, so that every packed leaf keeps room for later inserts.
 *
 * <p>Why: {@code BPlusTreeRewriter} fills every leaf to the last slot and has no fill factor. The first incremental
 * build after a bulk load then splits nearly every leaf it inserts into: a new mention's quad goes to the end of its
 * object's range in POSG and OSPG, somewhere in the middle of the tree, and a full leaf splits into two new blocks
 * where a leaf with room is copied into one. A build of 1,000 papers into the 115k store wrote 17,128 blocks to
 * POSG and 14,433 to OSPG, and its commit wrote them all to disk (docs/PERFORMANCE.md, 2026-12-07 16:47).
 *
 * <p>How: a new block is given to the packer as a view of its first {@link #usableBytes} bytes (the page's count
 * and link fields come first, so they are the block's own); the packer sizes its record buffer by that view, and
 * the records it writes land in the block itself. Writes and releases pass the whole block on, as the file expects
 * (it checks the buffer's size). Read back later, the leaf holds as many records as the packer put in and has the
 * full block to grow into.
 */
final class RoomyLeafBlocks extends BlockMgrWrapper {
    /** A packed leaf is filled to this share of its block: 26 of a quad index's 255 slots stay free. */
    static final double FILL = 0.9;

    private final int usableBytes;
    /** The whole blocks behind the views handed out, until the packer releases them. */
    private final Map<Long, Block> whole = new HashMap<>();

    RoomyLeafBlocks(BlockMgr leaves, int blockSize, double fill) {
        super(leaves);
        this.usableBytes = (int) (blockSize * fill);
    }

    @Override
    public Block allocate(int blockSize) {
        Block block = super.allocate(blockSize);
        ByteBuffer bytes = block.getByteBuffer();
        if (bytes.capacity() <= usableBytes) return block;
        whole.put(block.getId(), block);
        ByteBuffer view = bytes.duplicate();
        view.clear().limit(usableBytes);
        return new Block(block.getId(), view.slice().order(bytes.order()));
    }

    @Override
    public void write(Block block) {
        super.write(whole.getOrDefault(block.getId(), block));
    }

    @Override
    public void release(Block block) {
        Block w = whole.remove(block.getId());
        super.release(w != null ? w : block);
    }
}
