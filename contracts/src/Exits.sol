// SPDX-License-Identifier: LGPL-3.0-or-later
pragma solidity 0.8.37;

// Exits (BTTC -> root chain) and deposits (root chain -> BTTC), written
// from the SDK's FORMATS.md §5 and §6. The RLP reader copies with MCOPY:
// the contracts need a Cancun EVM (build.js targets cancun).

interface IHeaderBlocks {
    function headerBlocks(uint256 id)
        external
        view
        returns (bytes32 root, uint256 start, uint256 end, uint256 createdAt, address proposer);
}

interface IERC20Minimal {
    function transfer(address to, uint256 amount) external returns (bool);
}

/// @notice A minimal RLP reader over memory: items are (offset, length)
/// of their whole encoding; payload() skips the header.
library RLP {
    struct Item {
        uint256 ptr; // memory address of the encoding
        uint256 len; // length of the encoding
    }

    function toItem(bytes memory b) internal pure returns (Item memory it) {
        uint256 ptr;
        assembly {
            ptr := add(b, 32)
        }
        it = Item(ptr, b.length);
        require(_itemLength(ptr, b.length) == b.length, "rlp: trailing bytes");
    }

    function isList(Item memory it) internal pure returns (bool) {
        return it.len > 0 && _byte(it.ptr) >= 0xc0;
    }

    function payload(Item memory it) internal pure returns (uint256 ptr, uint256 len) {
        require(it.len > 0, "rlp: empty");
        uint8 b0 = _byte(it.ptr);
        uint256 off;
        if (b0 < 0x80) {
            return (it.ptr, 1);
        } else if (b0 < 0xb8) {
            off = 1;
        } else if (b0 < 0xc0) {
            off = 1 + (b0 - 0xb7);
        } else if (b0 < 0xf8) {
            off = 1;
        } else {
            off = 1 + (b0 - 0xf7);
        }
        require(off <= it.len, "rlp: bad header");
        return (it.ptr + off, it.len - off);
    }

    function toList(Item memory it) internal pure returns (Item[] memory items) {
        require(isList(it), "rlp: not a list");
        (uint256 ptr, uint256 len) = payload(it);
        uint256 end = ptr + len;
        uint256 n = 0;
        for (uint256 p = ptr; p < end; n++) {
            p += _itemLength(p, end - p);
        }
        items = new Item[](n);
        for (uint256 i = 0; i < n; i++) {
            uint256 l = _itemLength(ptr, end - ptr);
            items[i] = Item(ptr, l);
            ptr += l;
        }
        require(ptr == end, "rlp: list overrun");
    }

    function toBytes(Item memory it) internal pure returns (bytes memory out) {
        require(!isList(it), "rlp: not a string");
        (uint256 ptr, uint256 len) = payload(it);
        out = new bytes(len);
        assembly {
            mcopy(add(out, 32), ptr, len)
        }
    }

    /// @dev keccak256 of the whole encoding, without copying it.
    function hash(Item memory it) internal pure returns (bytes32 h) {
        uint256 ptr = it.ptr;
        uint256 len = it.len;
        assembly {
            h := keccak256(ptr, len)
        }
    }

    function toUint(Item memory it) internal pure returns (uint256 v) {
        bytes memory b = toBytes(it);
        require(b.length <= 32, "rlp: uint too long");
        for (uint256 i = 0; i < b.length; i++) {
            v = (v << 8) | uint8(b[i]);
        }
    }

    function _byte(uint256 ptr) private pure returns (uint8 b) {
        assembly {
            b := byte(0, mload(ptr))
        }
    }

    function _itemLength(uint256 ptr, uint256 avail) private pure returns (uint256 l) {
        require(avail > 0, "rlp: truncated");
        uint8 b0 = _byte(ptr);
        if (b0 < 0x80) {
            l = 1;
        } else if (b0 < 0xb8) {
            l = 1 + b0 - 0x80;
        } else if (b0 < 0xc0) {
            uint256 n = b0 - 0xb7;
            l = 1 + n + _bigEndian(ptr + 1, n);
        } else if (b0 < 0xf8) {
            l = 1 + b0 - 0xc0;
        } else {
            uint256 n = b0 - 0xf7;
            l = 1 + n + _bigEndian(ptr + 1, n);
        }
        require(l <= avail, "rlp: truncated");
    }

    function _bigEndian(uint256 ptr, uint256 n) private pure returns (uint256 v) {
        require(n <= 8, "rlp: length too long");
        for (uint256 i = 0; i < n; i++) {
            v = (v << 8) | _byte(ptr + i);
        }
    }
}

/// @notice Receipt Merkle-Patricia proofs, strict: hashed child nodes
/// only, hex-prefix flags checked (leaf 2/3, extension 0/1), no trailing
/// nodes (the SDK's mpt.StrictMode).
library MPT {
    using RLP for RLP.Item;
    using RLP for bytes;

    function nibbles(bytes memory b) internal pure returns (bytes memory out) {
        if (b.length == 0) return out;
        uint8 flag = uint8(b[0]) >> 4;
        uint256 skip = (flag == 1 || flag == 3) ? 1 : 2;
        out = new bytes(2 * b.length - skip);
        for (uint256 i = skip; i < 2 * b.length; i++) {
            uint8 x = uint8(b[i / 2]);
            out[i - skip] = bytes1(i % 2 == 0 ? x >> 4 : x & 0x0f);
        }
    }

    function verify(bytes memory value, bytes memory path, bytes memory proof, bytes32 root) internal pure returns (bool) {
        RLP.Item[] memory nodes = proof.toItem().toList();
        bytes memory key = nibbles(path);
        if (key.length == 0 || uint8(path[0]) >> 4 > 1 || (uint8(path[0]) >> 4 == 0 && uint8(path[0]) & 0x0f != 0)) {
            return false;
        }
        bytes32 want = root;
        uint256 ptr = 0;
        for (uint256 i = 0; i < nodes.length; i++) {
            if (nodes[i].hash() != want) return false;
            RLP.Item[] memory items = nodes[i].toList();
            bool last = i == nodes.length - 1;
            if (items.length == 17) {
                if (ptr == key.length) {
                    return last && keccak256(items[16].toBytes()) == keccak256(value);
                }
                bytes memory child = items[uint8(key[ptr])].toBytes();
                if (child.length != 32) return false;
                want = bytes32(child);
                ptr++;
            } else if (items.length == 2) {
                bytes memory encoded = items[0].toBytes();
                if (encoded.length == 0) return false;
                uint8 flag = uint8(encoded[0]) >> 4;
                if (flag > 3 || (flag % 2 == 0 && uint8(encoded[0]) & 0x0f != 0)) return false;
                bytes memory part = nibbles(encoded);
                if (part.length > key.length - ptr) return false;
                for (uint256 j = 0; j < part.length; j++) {
                    if (part[j] != key[ptr + j]) return false;
                }
                ptr += part.length;
                if (ptr == key.length) {
                    return flag >= 2 && last && keccak256(items[1].toBytes()) == keccak256(value);
                }
                if (flag >= 2 || part.length == 0) return false;
                bytes memory next = items[1].toBytes();
                if (next.length != 32) return false;
                want = bytes32(next);
            } else {
                return false;
            }
        }
        return false;
    }
}

/// @notice exit(bytes): the 10-item payload of FORMATS.md §5, verified
/// against checkpoints stored by a CheckpointManager; pays the withdrawer
/// from this contract's balance of the root token mapped to the child token.
contract ExitManager {
    using RLP for RLP.Item;
    using RLP for bytes;

    bytes32 public constant WITHDRAW_EVENT_SIG = keccak256("WithdrawTo(address,address,uint256)");

    IHeaderBlocks public immutable checkpoints;
    address public owner;
    mapping(address => address) public childToRoot;
    mapping(bytes32 => bool) public processedExits;

    event Exited(bytes32 indexed exitHash, address indexed withdrawer, address indexed rootToken, uint256 amount);

    constructor(address _checkpoints) {
        checkpoints = IHeaderBlocks(_checkpoints);
        owner = msg.sender;
    }

    function mapToken(address rootToken, address childToken) external {
        require(msg.sender == owner, "only owner");
        childToRoot[childToken] = rootToken;
    }

    function exit(bytes calldata input) external {
        RLP.Item[] memory p = bytes(input).toItem().toList();
        require(p.length == 10, "payload: 10 items");
        uint256 blockNumber = p[2].toUint();
        bytes memory branchMask = p[8].toBytes();
        uint256 logIndex = p[9].toUint();

        bytes32 exitHash = keccak256(abi.encodePacked(blockNumber, MPT.nibbles(branchMask), logIndex));
        require(!processedExits[exitHash], "exit already processed");
        processedExits[exitHash] = true;

        _checkBlock(p, blockNumber);
        bytes memory receipt = p[6].toBytes();
        require(MPT.verify(receipt, branchMask, p[7].toBytes(), bytes32(p[5].toUint())), "invalid receipt proof");

        require(uint8(receipt[0]) >= 0xc0, "legacy receipts only");
        RLP.Item[] memory logs = receipt.toItem().toList()[3].toList();
        require(logIndex < logs.length, "no such log");
        RLP.Item[] memory log = logs[logIndex].toList();
        address childToken = address(uint160(log[0].toUint()));
        address rootToken = childToRoot[childToken];
        require(rootToken != address(0), "token not mapped");
        RLP.Item[] memory topics = log[1].toList();
        require(topics.length == 3 && bytes32(topics[0].toUint()) == WITHDRAW_EVENT_SIG, "not a withdraw");
        require(topics[2].toUint() == 0, "invalid receiver");
        address withdrawer = address(uint160(topics[1].toUint()));
        uint256 amount = log[2].toUint();

        require(IERC20Minimal(rootToken).transfer(withdrawer, amount), "transfer failed");
        emit Exited(exitHash, withdrawer, rootToken, amount);
    }

    function _checkBlock(RLP.Item[] memory p, uint256 blockNumber) private view {
        (bytes32 root, uint256 start, uint256 end,,) = checkpoints.headerBlocks(p[0].toUint());
        require(root != bytes32(0), "unknown checkpoint");
        require(blockNumber >= start && blockNumber <= end, "block not in checkpoint");
        bytes32 leaf = keccak256(abi.encodePacked(blockNumber, p[3].toUint(), bytes32(p[4].toUint()), bytes32(p[5].toUint())));
        bytes memory proof = p[1].toBytes();
        require(proof.length % 32 == 0, "proof length");
        uint256 index = blockNumber - start;
        require(index < (uint256(1) << (proof.length / 32)), "index too big");
        bytes32 h = leaf;
        for (uint256 i = 32; i <= proof.length; i += 32) {
            bytes32 sib;
            assembly {
                sib := mload(add(proof, i))
            }
            h = index % 2 == 0 ? keccak256(abi.encodePacked(h, sib)) : keccak256(abi.encodePacked(sib, h));
            index /= 2;
        }
        require(h == root, "block not in checkpoint");
    }
}

/// @notice A plain ERC20 for tests: the root token an ExitManager releases.
contract TestERC20 {
    mapping(address => uint256) public balanceOf;
    event Transfer(address indexed from, address indexed to, uint256 amount);

    constructor(address holder, uint256 supply) {
        balanceOf[holder] = supply;
        emit Transfer(address(0), holder, supply);
    }

    function transfer(address to, uint256 amount) external returns (bool) {
        require(balanceOf[msg.sender] >= amount, "balance");
        balanceOf[msg.sender] -= amount;
        balanceOf[to] += amount;
        emit Transfer(msg.sender, to, amount);
        return true;
    }
}

/// @notice A child token that burns with BTTC's withdraw event:
/// WithdrawTo(from, address(0), amount), the log ExitManager accepts.
contract ChildTestToken {
    mapping(address => uint256) public balanceOf;
    event WithdrawTo(address indexed from, address indexed to, uint256 amount);

    function deposit(address user, uint256 amount) external {
        balanceOf[user] += amount;
    }

    function withdraw(uint256 amount) external {
        require(balanceOf[msg.sender] >= amount, "balance");
        balanceOf[msg.sender] -= amount;
        emit WithdrawTo(msg.sender, address(0), amount);
    }
}

/// @notice StateSender: syncState emits StateSynced; depositFor produces
/// BTTC's deposit data (FORMATS.md §6).
contract StateSender {
    uint256 public counter;
    event StateSynced(uint256 indexed id, address indexed contractAddress, bytes data);

    function syncState(address receiver, bytes memory data) public {
        counter++;
        emit StateSynced(counter, receiver, data);
    }

    function depositFor(address receiver, address user, address rootToken, uint64 rootChainId, uint256 amount) external {
        bytes memory depositData = abi.encode(amount);
        syncState(receiver, abi.encode(keccak256("DEPOSIT"), abi.encode(user, rootToken, rootChainId, depositData)));
    }
}
