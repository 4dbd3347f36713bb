// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title CheckpointManager
/// @notice Root-chain side of BTTC checkpoints, written from the SDK's
/// FORMATS.md §4: submitCheckpoint(bytes data, uint256[3][] sigs) with the
/// exact StakeManager signature loop (one validator, one vote; signers
/// sorted ascending; a repeated signer skipped; a lower signer stops the
/// loop; a non-validator not counted; high-s or a bad v counts as address
/// 0; a failed ecrecover reverts), header block ids stepping by 10000,
/// contiguous ranges and the child chain id check.
contract CheckpointManager {
    struct HeaderBlock {
        bytes32 root;
        uint256 start;
        uint256 end;
        uint256 createdAt;
        address proposer;
    }

    uint256 public constant CHECKPOINT_ID_INTERVAL = 10000;
    // secp256k1n / 2
    uint256 private constant HALF_N = 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0;

    address public owner;
    uint256 public immutable childChainId;
    address[] private validatorList;
    mapping(address => bool) public isValidator;
    mapping(uint256 => HeaderBlock) public headerBlocks;
    uint256 public currentHeaderBlock;

    event NewHeaderBlock(
        address indexed proposer,
        uint256 indexed headerBlockId,
        uint256 indexed reward,
        uint256 start,
        uint256 end,
        bytes32 root
    );

    constructor(uint256 _childChainId, address[] memory _validators) {
        owner = msg.sender;
        childChainId = _childChainId;
        _setValidators(_validators);
    }

    function setValidators(address[] calldata _validators) external {
        require(msg.sender == owner, "only owner");
        _setValidators(_validators);
    }

    function _setValidators(address[] memory _validators) private {
        for (uint256 i = 0; i < validatorList.length; i++) {
            isValidator[validatorList[i]] = false;
        }
        delete validatorList;
        for (uint256 i = 0; i < _validators.length; i++) {
            require(_validators[i] != address(0) && !isValidator[_validators[i]], "bad validator");
            isValidator[_validators[i]] = true;
            validatorList.push(_validators[i]);
        }
    }

    function validators() external view returns (address[] memory) {
        return validatorList;
    }

    function submitCheckpoint(bytes calldata data, uint256[3][] calldata sigs) external {
        require(data.length == 224, "bad data length");
        (address proposer, uint256 start, uint256 end, bytes32 rootHash,,uint256 borChainId,) =
            abi.decode(data, (address, uint256, uint256, bytes32, bytes32, uint256, uint256));
        require(borChainId == childChainId, "Invalid bor chain id");
        uint256 expectedStart = currentHeaderBlock == 0 ? 0 : headerBlocks[currentHeaderBlock].end + 1;
        require(start == expectedStart, "Incorrect start");
        require(start <= end, "Invalid range");

        uint256 threshold = validatorList.length * 2 / 3 + 1;
        require(sigs.length >= threshold, "Not enough signatures");
        bytes32 voteHash = keccak256(abi.encodePacked(bytes1(0x01), data));
        require(checkSignatures(voteHash, sigs) >= threshold, "2/3+1 non-majority!");

        uint256 id = currentHeaderBlock + CHECKPOINT_ID_INTERVAL;
        headerBlocks[id] = HeaderBlock(rootHash, start, end, block.timestamp, proposer);
        currentHeaderBlock = id;
        emit NewHeaderBlock(proposer, id, 0, start, end, rootHash);
    }

    /// @notice The StakeManager loop; returns the counted validators.
    function checkSignatures(bytes32 voteHash, uint256[3][] calldata sigs) public view returns (uint256 count) {
        address previous = address(0);
        for (uint256 i = 0; i < sigs.length; i++) {
            uint8 v = uint8(sigs[i][2]);
            if (v < 27) {
                v += 27;
            }
            address signer = address(0);
            if ((v == 27 || v == 28) && sigs[i][1] <= HALF_N) {
                signer = ecrecover(voteHash, v, bytes32(sigs[i][0]), bytes32(sigs[i][1]));
                require(signer != address(0), "Invalid signature");
            }
            if (signer == previous) {
                continue;
            }
            if (signer < previous) {
                break;
            }
            if (!isValidator[signer]) {
                continue;
            }
            count++;
            previous = signer;
        }
    }
}
