// SPDX-License-Identifier: LGPL-3.0-or-later
pragma solidity 0.8.37;

// Event Packets (package eventpacket): an outbox that emits packets and an
// inbox that delivers them once, after checking an EIP-712 packet
// checkpoint signed by more than two thirds of its validator set and the
// packet's inclusion proof in the checkpoint's tagged Merkle root.

bytes32 constant PACKET_ID_TAG = keccak256("bttc-relay.PacketID(uint256 sourceChainId,address emitter,uint64 sequence)");

/// @notice Emits Event Packets. Fields the emitting transaction cannot know
/// (its block hash, transaction hash and log index) are zero.
contract PacketOutbox {
    uint64 public nextSequence;

    event PacketSent(bytes32 indexed id, uint256 indexed destChainId, bytes packet);

    function send(uint8 kind, uint256 destChainId, address receiver, bytes calldata payload) external returns (bytes32 id) {
        uint64 seq = nextSequence++;
        bytes memory packet = abi.encode(
            uint8(1), kind, block.chainid, address(this), seq, uint64(block.number),
            bytes32(0), bytes32(0), uint32(0), uint64(block.timestamp), destChainId, receiver, payload
        );
        id = keccak256(abi.encode(PACKET_ID_TAG, block.chainid, address(this), seq));
        emit PacketSent(id, destChainId, packet);
    }
}

interface IPacketReceiver {
    function onPacket(bytes32 id, bytes calldata packet) external;
}

/// @notice Delivers Event Packets to their receivers, each at most once.
contract PacketInbox {
    struct Checkpoint {
        uint8 version;
        uint256 sourceChainId;
        uint64 number;
        uint64 startHeight;
        uint64 endHeight;
        bytes32 packetRoot;
        uint64 packetCount;
        bytes32 stateRoot;
        bytes32 validatorSetHash;
    }

    bytes32 private constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 private constant CHECKPOINT_TYPEHASH = keccak256(
        "PacketCheckpoint(uint8 version,uint256 sourceChainId,uint64 number,uint64 startHeight,uint64 endHeight,bytes32 packetRoot,uint64 packetCount,bytes32 stateRoot,bytes32 validatorSetHash)"
    );
    uint256 private constant HALF_N = 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0;

    mapping(address => bool) public isValidator;
    uint256 public validatorCount;
    /// @notice sigagg.ValidatorSet.Hash of the validators and powers.
    bytes32 public validatorSetHash;
    mapping(bytes32 => bool) public delivered;

    event PacketDelivered(bytes32 indexed id, address indexed receiver);

    /// @param validators strictly ascending addresses; powers their powers.
    constructor(address[] memory validators, uint256[] memory powers) {
        require(validators.length == powers.length && validators.length > 0, "bad set");
        bytes memory packed = abi.encodePacked("bttc-relay/sigagg/validator-set/v1", uint64(validators.length));
        for (uint256 i = 0; i < validators.length; i++) {
            require(i == 0 || validators[i] > validators[i - 1], "validators not ascending");
            require(validators[i] != address(0), "zero validator");
            isValidator[validators[i]] = true;
            packed = abi.encodePacked(packed, validators[i], powers[i]);
        }
        validatorCount = validators.length;
        validatorSetHash = keccak256(packed);
    }

    function domainSeparator() public view returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, keccak256("BTTC Relay"), keccak256("1"), block.chainid, address(this)));
    }

    function checkpointDigest(Checkpoint calldata cp) public view returns (bytes32) {
        bytes32 structHash = keccak256(abi.encode(
            CHECKPOINT_TYPEHASH, cp.version, cp.sourceChainId, cp.number, cp.startHeight, cp.endHeight,
            cp.packetRoot, cp.packetCount, cp.stateRoot, cp.validatorSetHash
        ));
        return keccak256(abi.encodePacked(bytes2(0x1901), domainSeparator(), structHash));
    }

    function deliver(
        bytes calldata packet,
        uint256 index,
        bytes32[] calldata siblings,
        Checkpoint calldata cp,
        uint256[3][] calldata sigs
    ) external {
        require(cp.version == 1, "checkpoint version");
        require(cp.validatorSetHash == validatorSetHash, "wrong validator set");
        _checkSignatures(checkpointDigest(cp), sigs);

        require(packet.length >= 448 && uint256(bytes32(packet[0:32])) == 1, "packet version");
        uint256 sourceChainId = uint256(bytes32(packet[64:96]));
        address emitter = address(uint160(uint256(bytes32(packet[96:128]))));
        uint64 sequence = uint64(uint256(bytes32(packet[128:160])));
        uint256 height = uint256(bytes32(packet[160:192]));
        address receiver = address(uint160(uint256(bytes32(packet[352:384]))));
        require(sourceChainId == cp.sourceChainId, "wrong source");
        require(uint256(bytes32(packet[320:352])) == block.chainid, "wrong destination");
        require(height >= cp.startHeight && height <= cp.endHeight, "height out of range");
        _checkInclusion(keccak256(abi.encodePacked(bytes1(0x00), keccak256(packet))), index, siblings, cp.packetRoot, cp.packetCount);

        bytes32 id = keccak256(abi.encode(PACKET_ID_TAG, sourceChainId, emitter, sequence));
        require(!delivered[id], "already delivered");
        delivered[id] = true;
        IPacketReceiver(receiver).onPacket(id, packet);
        emit PacketDelivered(id, receiver);
    }

    /// @dev Strict: v 27/28, low-s, signers strictly ascending validators,
    /// count >= n*2/3+1.
    function _checkSignatures(bytes32 digest, uint256[3][] calldata sigs) private view {
        address previous = address(0);
        for (uint256 i = 0; i < sigs.length; i++) {
            uint256 v = sigs[i][2];
            require(v == 27 || v == 28, "bad v");
            require(sigs[i][1] != 0 && sigs[i][1] <= HALF_N, "high s");
            address signer = ecrecover(digest, uint8(v), bytes32(sigs[i][0]), bytes32(sigs[i][1]));
            require(signer > previous, "signers not ascending");
            require(isValidator[signer], "unknown signer");
            previous = signer;
        }
        require(sigs.length >= validatorCount * 2 / 3 + 1, "no quorum");
    }

    /// @dev The tagged tree: node = keccak256(0x01 ‖ left ‖ right), depth
    /// fixed by the packet count.
    function _checkInclusion(bytes32 leaf, uint256 index, bytes32[] calldata siblings, bytes32 root, uint64 count) private pure {
        require(index < count, "index out of range");
        uint256 depth = 0;
        while ((uint256(1) << depth) < count) {
            depth++;
        }
        require(siblings.length == depth, "wrong proof depth");
        bytes32 h = leaf;
        for (uint256 i = 0; i < siblings.length; i++) {
            if (index & 1 == 0) {
                h = keccak256(abi.encodePacked(bytes1(0x01), h, siblings[i]));
            } else {
                h = keccak256(abi.encodePacked(bytes1(0x01), siblings[i], h));
            }
            index >>= 1;
        }
        require(h == root, "not included");
    }
}

/// @notice A receiver that records what it is given (for tests and demos).
contract PacketRecorder is IPacketReceiver {
    bytes32[] public received;

    function onPacket(bytes32 id, bytes calldata) external {
        received.push(id);
    }

    function receivedCount() external view returns (uint256) {
        return received.length;
    }
}

interface IChildDeposit {
    function deposit(address user, uint256 amount) external;
}

/// @notice Mints child tokens for deposits made on a root chain. A deposit
/// reaches it as an Event Packet built from the root chain's StateSynced
/// event (eventpacket.FromStateSynced: an FT transfer of the root token to
/// the user), delivered by the inbox; it takes only packets of the
/// configured root chain's StateSender, for the mapped root token.
contract DepositReceiver is IPacketReceiver {
    address public immutable inbox;
    uint256 public immutable rootChainId;
    address public immutable stateSender;
    address public immutable rootToken;
    address public immutable childToken;

    event Deposited(bytes32 indexed id, address indexed user, uint256 amount);

    constructor(address _inbox, uint256 _rootChainId, address _stateSender, address _rootToken, address _childToken) {
        inbox = _inbox;
        rootChainId = _rootChainId;
        stateSender = _stateSender;
        rootToken = _rootToken;
        childToken = _childToken;
    }

    /// @dev The packet's head words: 1 kind, 2 source chain, 3 emitter,
    /// 12 the payload's offset (416); the FT payload (token, from, to,
    /// amount) follows its length word at byte 448.
    function onPacket(bytes32 id, bytes calldata packet) external {
        require(msg.sender == inbox, "only the inbox");
        require(packet.length >= 576 && uint256(bytes32(packet[384:416])) == 416, "payload");
        require(uint256(bytes32(packet[32:64])) == 1, "not an FT transfer");
        require(uint256(bytes32(packet[64:96])) == rootChainId, "wrong source chain");
        require(address(uint160(uint256(bytes32(packet[96:128])))) == stateSender, "not from the StateSender");
        require(address(uint160(uint256(bytes32(packet[448:480])))) == rootToken, "unmapped token");
        address to = address(uint160(uint256(bytes32(packet[512:544]))));
        uint256 amount = uint256(bytes32(packet[544:576]));
        IChildDeposit(childToken).deposit(to, amount);
        emit Deposited(id, to, amount);
    }
}
