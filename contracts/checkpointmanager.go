// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contracts

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// CheckpointManagerMetaData contains all meta data concerning the CheckpointManager contract.
var CheckpointManagerMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"_childChainId\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"_validators\",\"type\":\"address[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"headerBlockId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"start\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"end\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"NewHeaderBlock\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CHECKPOINT_ID_INTERVAL\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"voteHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[3][]\",\"name\":\"sigs\",\"type\":\"uint256[3][]\"}],\"name\":\"checkSignatures\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"childChainId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentHeaderBlock\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"headerBlocks\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"start\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"end\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"createdAt\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isValidator\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"_validators\",\"type\":\"address[]\"}],\"name\":\"setValidators\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"uint256[3][]\",\"name\":\"sigs\",\"type\":\"uint256[3][]\"}],\"name\":\"submitCheckpoint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"validators\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x60a060405234801561000f575f5ffd5b506040516111d23803806111d283398101604081905261002e91610291565b5f80546001600160a01b03191633179055608082905261004d81610054565b505061037c565b5f5b6001548110156100b2575f60025f6001848154811061007757610077610368565b5f918252602080832091909101546001600160a01b031683528201929092526040019020805460ff1916911515919091179055600101610056565b506100be60015f61022c565b5f5b8151811015610228575f6001600160a01b03168282815181106100e5576100e5610368565b60200260200101516001600160a01b03161415801561013c575060025f83838151811061011457610114610368565b6020908102919091018101516001600160a01b031682528101919091526040015f205460ff16155b61017c5760405162461bcd60e51b815260206004820152600d60248201526c3130b2103b30b634b230ba37b960991b604482015260640160405180910390fd5b600160025f84848151811061019357610193610368565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f205f6101000a81548160ff02191690831515021790555060018282815181106101e4576101e4610368565b6020908102919091018101518254600180820185555f9485529290932090920180546001600160a01b0319166001600160a01b0390931692909217909155016100c0565b5050565b5080545f8255905f5260205f20906102449190610246565b565b5f5b8082111561025d575f81840155600101610248565b505050565b634e487b7160e01b5f52604160045260245ffd5b80516001600160a01b038116811461028c575f5ffd5b919050565b5f5f604083850312156102a2575f5ffd5b825160208401519092506001600160401b038111156102bf575f5ffd5b8301601f810185136102cf575f5ffd5b80516001600160401b038111156102e8576102e8610262565b604051600582901b90603f8201601f191681016001600160401b038111828210171561031657610316610262565b604052918252602081840181019290810188841115610333575f5ffd5b6020850194505b838510156103595761034b85610276565b81526020948501940161033a565b50809450505050509250929050565b634e487b7160e01b5f52603260045260245ffd5b608051610e3761039b5f395f818161018901526102740152610e375ff3fe608060405234801561000f575f5ffd5b506004361061009b575f3560e01c8063b14b0f5611610063578063b14b0f5614610184578063c7e24ab7146101ab578063ca1e7819146101be578063ec7e4855146101d3578063facd743b146101dc575f5ffd5b806341539d4a1461009f5780634e43e4951461011b578063678871e6146101305780638da5cb5b146101475780639300c92614610171575b5f5ffd5b6100e56100ad366004610ae8565b600360208190525f9182526040909120805460018201546002830154938301546004909301549193909290916001600160a01b031685565b6040805195865260208601949094529284019190915260608301526001600160a01b0316608082015260a0015b60405180910390f35b61012e610129366004610b47565b61020e565b005b61013961271081565b604051908152602001610112565b5f54610159906001600160a01b031681565b6040516001600160a01b039091168152602001610112565b61012e61017f366004610bdf565b610597565b6101397f000000000000000000000000000000000000000000000000000000000000000081565b6101396101b9366004610c50565b61061c565b6101c6610882565b6040516101129190610c98565b61013960045481565b6101fe6101ea366004610cfa565b60026020525f908152604090205460ff1681565b6040519015158152602001610112565b60e083146102555760405162461bcd60e51b815260206004820152600f60248201526e0c4c2c840c8c2e8c240d8cadccee8d608b1b60448201526064015b60405180910390fd5b5f80808080610266888a018a610d1c565b5095505094509450945094507f000000000000000000000000000000000000000000000000000000000000000081146102d85760405162461bcd60e51b8152602060048201526014602482015273125b9d985b1a5908189bdc8818da185a5b881a5960621b604482015260640161024c565b5f6004545f14610306576004545f90815260036020526040902060020154610301906001610d80565b610308565b5f5b905080851461034b5760405162461bcd60e51b815260206004820152600f60248201526e125b98dbdc9c9958dd081cdd185c9d608a1b604482015260640161024c565b8385111561038b5760405162461bcd60e51b815260206004820152600d60248201526c496e76616c69642072616e676560981b604482015260640161024c565b6001545f9060039061039e906002610d99565b6103a89190610db0565b6103b3906001610d80565b9050808810156103fd5760405162461bcd60e51b81526020600482015260156024820152744e6f7420656e6f756768207369676e61747572657360581b604482015260640161024c565b6040515f9061041890600160f81b908e908e90602001610dcf565b6040516020818303038152906040528051906020012090508161043c828c8c61061c565b10156104805760405162461bcd60e51b8152602060048201526013602482015272322f332b31206e6f6e2d6d616a6f726974792160681b604482015260640161024c565b5f6127106004546104919190610d80565b90506040518060a001604052808781526020018981526020018881526020014281526020018a6001600160a01b031681525060035f8381526020019081526020015f205f820151815f01556020820151816001015560408201518160020155606082015181600301556080820151816004015f6101000a8154816001600160a01b0302191690836001600160a01b03160217905550905050806004819055505f818a6001600160a01b03167fba5de06d22af2685c6c7765f60067f7d2b08c2d29f53cdf14d67f6d1c9bfb5278b8b8b604051610580939291909283526020830191909152604082015260600190565b60405180910390a450505050505050505050505050565b5f546001600160a01b031633146105dd5760405162461bcd60e51b815260206004820152600a60248201526937b7363c9037bbb732b960b11b604482015260640161024c565b6106188282808060200260200160405190810160405280939291908181526020018383602002808284375f920191909152506108e292505050565b5050565b5f80805b83811015610879575f85858381811061063b5761063b610df2565b90506060020160026003811061065357610653610df2565b60200201359050601b8160ff16101561067457610671601b82610e06565b90505b5f601b60ff8316148061068a57508160ff16601c145b80156106e457507f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08787858181106106c4576106c4610df2565b9050606002016001600381106106dc576106dc610df2565b602002013511155b156107f857600188838989878181106106ff576106ff610df2565b9050606002015f6003811061071657610716610df2565b60200201358a8a8881811061072d5761072d610df2565b90506060020160016003811061074557610745610df2565b60200201355f1b6040515f8152602001604052604051610781949392919093845260ff9290921660208401526040830152606082015260800190565b6020604051602081039080840390855afa1580156107a1573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b0381166107f85760405162461bcd60e51b8152602060048201526011602482015270496e76616c6964207369676e617475726560781b604482015260640161024c565b836001600160a01b0316816001600160a01b031603610818575050610871565b836001600160a01b0316816001600160a01b03161015610839575050610879565b6001600160a01b0381165f9081526002602052604090205460ff1661085f575050610871565b8461086981610e1f565b955090935050505b600101610620565b50509392505050565b606060018054806020026020016040519081016040528092919081815260200182805480156108d857602002820191905f5260205f20905b81546001600160a01b031681526001909101906020018083116108ba575b5050505050905090565b5f5b600154811015610940575f60025f6001848154811061090557610905610df2565b5f918252602080832091909101546001600160a01b031683528201929092526040019020805460ff19169115159190911790556001016108e4565b5061094c60015f610ab2565b5f5b8151811015610618575f6001600160a01b031682828151811061097357610973610df2565b60200260200101516001600160a01b0316141580156109ca575060025f8383815181106109a2576109a2610df2565b6020908102919091018101516001600160a01b031682528101919091526040015f205460ff16155b610a065760405162461bcd60e51b815260206004820152600d60248201526c3130b2103b30b634b230ba37b960991b604482015260640161024c565b600160025f848481518110610a1d57610a1d610df2565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f205f6101000a81548160ff0219169083151502179055506001828281518110610a6e57610a6e610df2565b6020908102919091018101518254600180820185555f9485529290932090920180546001600160a01b0319166001600160a01b03909316929092179091550161094e565b5080545f8255905f5260205f2090610aca9190610acc565b565b5f5b80821115610ae3575f81840155600101610ace565b505050565b5f60208284031215610af8575f5ffd5b5035919050565b5f5f83601f840112610b0f575f5ffd5b50813567ffffffffffffffff811115610b26575f5ffd5b602083019150836020606083028501011115610b40575f5ffd5b9250929050565b5f5f5f5f60408587031215610b5a575f5ffd5b843567ffffffffffffffff811115610b70575f5ffd5b8501601f81018713610b80575f5ffd5b803567ffffffffffffffff811115610b96575f5ffd5b876020828401011115610ba7575f5ffd5b60209182019550935085013567ffffffffffffffff811115610bc7575f5ffd5b610bd387828801610aff565b95989497509550505050565b5f5f60208385031215610bf0575f5ffd5b823567ffffffffffffffff811115610c06575f5ffd5b8301601f81018513610c16575f5ffd5b803567ffffffffffffffff811115610c2c575f5ffd5b8560208260051b8401011115610c40575f5ffd5b6020919091019590945092505050565b5f5f5f60408486031215610c62575f5ffd5b83359250602084013567ffffffffffffffff811115610c7f575f5ffd5b610c8b86828701610aff565b9497909650939450505050565b602080825282518282018190525f918401906040840190835b81811015610cd85783516001600160a01b0316835260209384019390920191600101610cb1565b509095945050505050565b6001600160a01b0381168114610cf7575f5ffd5b50565b5f60208284031215610d0a575f5ffd5b8135610d1581610ce3565b9392505050565b5f5f5f5f5f5f5f60e0888a031215610d32575f5ffd5b8735610d3d81610ce3565b9960208901359950604089013598606081013598506080810135975060a0810135965060c00135945092505050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610d9357610d93610d6c565b92915050565b8082028115828204841417610d9357610d93610d6c565b5f82610dca57634e487b7160e01b5f52601260045260245ffd5b500490565b6001600160f81b031984168152818360018301375f910160010190815292915050565b634e487b7160e01b5f52603260045260245ffd5b60ff8181168382160190811115610d9357610d93610d6c565b5f60018201610e3057610e30610d6c565b506001019056",
}

// CheckpointManagerABI is the input ABI used to generate the binding from.
// Deprecated: Use CheckpointManagerMetaData.ABI instead.
var CheckpointManagerABI = CheckpointManagerMetaData.ABI

// CheckpointManagerBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use CheckpointManagerMetaData.Bin instead.
var CheckpointManagerBin = CheckpointManagerMetaData.Bin

// DeployCheckpointManager deploys a new Ethereum contract, binding an instance of CheckpointManager to it.
func DeployCheckpointManager(auth *bind.TransactOpts, backend bind.ContractBackend, _childChainId *big.Int, _validators []common.Address) (common.Address, *types.Transaction, *CheckpointManager, error) {
	parsed, err := CheckpointManagerMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(CheckpointManagerBin), backend, _childChainId, _validators)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &CheckpointManager{CheckpointManagerCaller: CheckpointManagerCaller{contract: contract}, CheckpointManagerTransactor: CheckpointManagerTransactor{contract: contract}, CheckpointManagerFilterer: CheckpointManagerFilterer{contract: contract}}, nil
}

// CheckpointManager is an auto generated Go binding around an Ethereum contract.
type CheckpointManager struct {
	CheckpointManagerCaller     // Read-only binding to the contract
	CheckpointManagerTransactor // Write-only binding to the contract
	CheckpointManagerFilterer   // Log filterer for contract events
}

// CheckpointManagerCaller is an auto generated read-only Go binding around an Ethereum contract.
type CheckpointManagerCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CheckpointManagerTransactor is an auto generated write-only Go binding around an Ethereum contract.
type CheckpointManagerTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CheckpointManagerFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type CheckpointManagerFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CheckpointManagerSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type CheckpointManagerSession struct {
	Contract     *CheckpointManager // Generic contract binding to set the session for
	CallOpts     bind.CallOpts      // Call options to use throughout this session
	TransactOpts bind.TransactOpts  // Transaction auth options to use throughout this session
}

// CheckpointManagerCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type CheckpointManagerCallerSession struct {
	Contract *CheckpointManagerCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts            // Call options to use throughout this session
}

// CheckpointManagerTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type CheckpointManagerTransactorSession struct {
	Contract     *CheckpointManagerTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts            // Transaction auth options to use throughout this session
}

// CheckpointManagerRaw is an auto generated low-level Go binding around an Ethereum contract.
type CheckpointManagerRaw struct {
	Contract *CheckpointManager // Generic contract binding to access the raw methods on
}

// CheckpointManagerCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type CheckpointManagerCallerRaw struct {
	Contract *CheckpointManagerCaller // Generic read-only contract binding to access the raw methods on
}

// CheckpointManagerTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type CheckpointManagerTransactorRaw struct {
	Contract *CheckpointManagerTransactor // Generic write-only contract binding to access the raw methods on
}

// NewCheckpointManager creates a new instance of CheckpointManager, bound to a specific deployed contract.
func NewCheckpointManager(address common.Address, backend bind.ContractBackend) (*CheckpointManager, error) {
	contract, err := bindCheckpointManager(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &CheckpointManager{CheckpointManagerCaller: CheckpointManagerCaller{contract: contract}, CheckpointManagerTransactor: CheckpointManagerTransactor{contract: contract}, CheckpointManagerFilterer: CheckpointManagerFilterer{contract: contract}}, nil
}

// NewCheckpointManagerCaller creates a new read-only instance of CheckpointManager, bound to a specific deployed contract.
func NewCheckpointManagerCaller(address common.Address, caller bind.ContractCaller) (*CheckpointManagerCaller, error) {
	contract, err := bindCheckpointManager(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &CheckpointManagerCaller{contract: contract}, nil
}

// NewCheckpointManagerTransactor creates a new write-only instance of CheckpointManager, bound to a specific deployed contract.
func NewCheckpointManagerTransactor(address common.Address, transactor bind.ContractTransactor) (*CheckpointManagerTransactor, error) {
	contract, err := bindCheckpointManager(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &CheckpointManagerTransactor{contract: contract}, nil
}

// NewCheckpointManagerFilterer creates a new log filterer instance of CheckpointManager, bound to a specific deployed contract.
func NewCheckpointManagerFilterer(address common.Address, filterer bind.ContractFilterer) (*CheckpointManagerFilterer, error) {
	contract, err := bindCheckpointManager(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &CheckpointManagerFilterer{contract: contract}, nil
}

// bindCheckpointManager binds a generic wrapper to an already deployed contract.
func bindCheckpointManager(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := CheckpointManagerMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_CheckpointManager *CheckpointManagerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _CheckpointManager.Contract.CheckpointManagerCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_CheckpointManager *CheckpointManagerRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _CheckpointManager.Contract.CheckpointManagerTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_CheckpointManager *CheckpointManagerRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _CheckpointManager.Contract.CheckpointManagerTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_CheckpointManager *CheckpointManagerCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _CheckpointManager.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_CheckpointManager *CheckpointManagerTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _CheckpointManager.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_CheckpointManager *CheckpointManagerTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _CheckpointManager.Contract.contract.Transact(opts, method, params...)
}

// CHECKPOINTIDINTERVAL is a free data retrieval call binding the contract method 0x678871e6.
//
// Solidity: function CHECKPOINT_ID_INTERVAL() view returns(uint256)
func (_CheckpointManager *CheckpointManagerCaller) CHECKPOINTIDINTERVAL(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _CheckpointManager.contract.Call(opts, &out, "CHECKPOINT_ID_INTERVAL")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// CHECKPOINTIDINTERVAL is a free data retrieval call binding the contract method 0x678871e6.
//
// Solidity: function CHECKPOINT_ID_INTERVAL() view returns(uint256)
func (_CheckpointManager *CheckpointManagerSession) CHECKPOINTIDINTERVAL() (*big.Int, error) {
	return _CheckpointManager.Contract.CHECKPOINTIDINTERVAL(&_CheckpointManager.CallOpts)
}

// CHECKPOINTIDINTERVAL is a free data retrieval call binding the contract method 0x678871e6.
//
// Solidity: function CHECKPOINT_ID_INTERVAL() view returns(uint256)
func (_CheckpointManager *CheckpointManagerCallerSession) CHECKPOINTIDINTERVAL() (*big.Int, error) {
	return _CheckpointManager.Contract.CHECKPOINTIDINTERVAL(&_CheckpointManager.CallOpts)
}

// CheckSignatures is a free data retrieval call binding the contract method 0xc7e24ab7.
//
// Solidity: function checkSignatures(bytes32 voteHash, uint256[3][] sigs) view returns(uint256 count)
func (_CheckpointManager *CheckpointManagerCaller) CheckSignatures(opts *bind.CallOpts, voteHash [32]byte, sigs [][3]*big.Int) (*big.Int, error) {
	var out []interface{}
	err := _CheckpointManager.contract.Call(opts, &out, "checkSignatures", voteHash, sigs)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// CheckSignatures is a free data retrieval call binding the contract method 0xc7e24ab7.
//
// Solidity: function checkSignatures(bytes32 voteHash, uint256[3][] sigs) view returns(uint256 count)
func (_CheckpointManager *CheckpointManagerSession) CheckSignatures(voteHash [32]byte, sigs [][3]*big.Int) (*big.Int, error) {
	return _CheckpointManager.Contract.CheckSignatures(&_CheckpointManager.CallOpts, voteHash, sigs)
}

// CheckSignatures is a free data retrieval call binding the contract method 0xc7e24ab7.
//
// Solidity: function checkSignatures(bytes32 voteHash, uint256[3][] sigs) view returns(uint256 count)
func (_CheckpointManager *CheckpointManagerCallerSession) CheckSignatures(voteHash [32]byte, sigs [][3]*big.Int) (*big.Int, error) {
	return _CheckpointManager.Contract.CheckSignatures(&_CheckpointManager.CallOpts, voteHash, sigs)
}

// ChildChainId is a free data retrieval call binding the contract method 0xb14b0f56.
//
// Solidity: function childChainId() view returns(uint256)
func (_CheckpointManager *CheckpointManagerCaller) ChildChainId(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _CheckpointManager.contract.Call(opts, &out, "childChainId")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ChildChainId is a free data retrieval call binding the contract method 0xb14b0f56.
//
// Solidity: function childChainId() view returns(uint256)
func (_CheckpointManager *CheckpointManagerSession) ChildChainId() (*big.Int, error) {
	return _CheckpointManager.Contract.ChildChainId(&_CheckpointManager.CallOpts)
}

// ChildChainId is a free data retrieval call binding the contract method 0xb14b0f56.
//
// Solidity: function childChainId() view returns(uint256)
func (_CheckpointManager *CheckpointManagerCallerSession) ChildChainId() (*big.Int, error) {
	return _CheckpointManager.Contract.ChildChainId(&_CheckpointManager.CallOpts)
}

// CurrentHeaderBlock is a free data retrieval call binding the contract method 0xec7e4855.
//
// Solidity: function currentHeaderBlock() view returns(uint256)
func (_CheckpointManager *CheckpointManagerCaller) CurrentHeaderBlock(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _CheckpointManager.contract.Call(opts, &out, "currentHeaderBlock")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// CurrentHeaderBlock is a free data retrieval call binding the contract method 0xec7e4855.
//
// Solidity: function currentHeaderBlock() view returns(uint256)
func (_CheckpointManager *CheckpointManagerSession) CurrentHeaderBlock() (*big.Int, error) {
	return _CheckpointManager.Contract.CurrentHeaderBlock(&_CheckpointManager.CallOpts)
}

// CurrentHeaderBlock is a free data retrieval call binding the contract method 0xec7e4855.
//
// Solidity: function currentHeaderBlock() view returns(uint256)
func (_CheckpointManager *CheckpointManagerCallerSession) CurrentHeaderBlock() (*big.Int, error) {
	return _CheckpointManager.Contract.CurrentHeaderBlock(&_CheckpointManager.CallOpts)
}

// HeaderBlocks is a free data retrieval call binding the contract method 0x41539d4a.
//
// Solidity: function headerBlocks(uint256 ) view returns(bytes32 root, uint256 start, uint256 end, uint256 createdAt, address proposer)
func (_CheckpointManager *CheckpointManagerCaller) HeaderBlocks(opts *bind.CallOpts, arg0 *big.Int) (struct {
	Root      [32]byte
	Start     *big.Int
	End       *big.Int
	CreatedAt *big.Int
	Proposer  common.Address
}, error) {
	var out []interface{}
	err := _CheckpointManager.contract.Call(opts, &out, "headerBlocks", arg0)

	outstruct := new(struct {
		Root      [32]byte
		Start     *big.Int
		End       *big.Int
		CreatedAt *big.Int
		Proposer  common.Address
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Root = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Start = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	outstruct.End = *abi.ConvertType(out[2], new(*big.Int)).(**big.Int)
	outstruct.CreatedAt = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.Proposer = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)

	return *outstruct, err

}

// HeaderBlocks is a free data retrieval call binding the contract method 0x41539d4a.
//
// Solidity: function headerBlocks(uint256 ) view returns(bytes32 root, uint256 start, uint256 end, uint256 createdAt, address proposer)
func (_CheckpointManager *CheckpointManagerSession) HeaderBlocks(arg0 *big.Int) (struct {
	Root      [32]byte
	Start     *big.Int
	End       *big.Int
	CreatedAt *big.Int
	Proposer  common.Address
}, error) {
	return _CheckpointManager.Contract.HeaderBlocks(&_CheckpointManager.CallOpts, arg0)
}

// HeaderBlocks is a free data retrieval call binding the contract method 0x41539d4a.
//
// Solidity: function headerBlocks(uint256 ) view returns(bytes32 root, uint256 start, uint256 end, uint256 createdAt, address proposer)
func (_CheckpointManager *CheckpointManagerCallerSession) HeaderBlocks(arg0 *big.Int) (struct {
	Root      [32]byte
	Start     *big.Int
	End       *big.Int
	CreatedAt *big.Int
	Proposer  common.Address
}, error) {
	return _CheckpointManager.Contract.HeaderBlocks(&_CheckpointManager.CallOpts, arg0)
}

// IsValidator is a free data retrieval call binding the contract method 0xfacd743b.
//
// Solidity: function isValidator(address ) view returns(bool)
func (_CheckpointManager *CheckpointManagerCaller) IsValidator(opts *bind.CallOpts, arg0 common.Address) (bool, error) {
	var out []interface{}
	err := _CheckpointManager.contract.Call(opts, &out, "isValidator", arg0)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsValidator is a free data retrieval call binding the contract method 0xfacd743b.
//
// Solidity: function isValidator(address ) view returns(bool)
func (_CheckpointManager *CheckpointManagerSession) IsValidator(arg0 common.Address) (bool, error) {
	return _CheckpointManager.Contract.IsValidator(&_CheckpointManager.CallOpts, arg0)
}

// IsValidator is a free data retrieval call binding the contract method 0xfacd743b.
//
// Solidity: function isValidator(address ) view returns(bool)
func (_CheckpointManager *CheckpointManagerCallerSession) IsValidator(arg0 common.Address) (bool, error) {
	return _CheckpointManager.Contract.IsValidator(&_CheckpointManager.CallOpts, arg0)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_CheckpointManager *CheckpointManagerCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _CheckpointManager.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_CheckpointManager *CheckpointManagerSession) Owner() (common.Address, error) {
	return _CheckpointManager.Contract.Owner(&_CheckpointManager.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_CheckpointManager *CheckpointManagerCallerSession) Owner() (common.Address, error) {
	return _CheckpointManager.Contract.Owner(&_CheckpointManager.CallOpts)
}

// Validators is a free data retrieval call binding the contract method 0xca1e7819.
//
// Solidity: function validators() view returns(address[])
func (_CheckpointManager *CheckpointManagerCaller) Validators(opts *bind.CallOpts) ([]common.Address, error) {
	var out []interface{}
	err := _CheckpointManager.contract.Call(opts, &out, "validators")

	if err != nil {
		return *new([]common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)

	return out0, err

}

// Validators is a free data retrieval call binding the contract method 0xca1e7819.
//
// Solidity: function validators() view returns(address[])
func (_CheckpointManager *CheckpointManagerSession) Validators() ([]common.Address, error) {
	return _CheckpointManager.Contract.Validators(&_CheckpointManager.CallOpts)
}

// Validators is a free data retrieval call binding the contract method 0xca1e7819.
//
// Solidity: function validators() view returns(address[])
func (_CheckpointManager *CheckpointManagerCallerSession) Validators() ([]common.Address, error) {
	return _CheckpointManager.Contract.Validators(&_CheckpointManager.CallOpts)
}

// SetValidators is a paid mutator transaction binding the contract method 0x9300c926.
//
// Solidity: function setValidators(address[] _validators) returns()
func (_CheckpointManager *CheckpointManagerTransactor) SetValidators(opts *bind.TransactOpts, _validators []common.Address) (*types.Transaction, error) {
	return _CheckpointManager.contract.Transact(opts, "setValidators", _validators)
}

// SetValidators is a paid mutator transaction binding the contract method 0x9300c926.
//
// Solidity: function setValidators(address[] _validators) returns()
func (_CheckpointManager *CheckpointManagerSession) SetValidators(_validators []common.Address) (*types.Transaction, error) {
	return _CheckpointManager.Contract.SetValidators(&_CheckpointManager.TransactOpts, _validators)
}

// SetValidators is a paid mutator transaction binding the contract method 0x9300c926.
//
// Solidity: function setValidators(address[] _validators) returns()
func (_CheckpointManager *CheckpointManagerTransactorSession) SetValidators(_validators []common.Address) (*types.Transaction, error) {
	return _CheckpointManager.Contract.SetValidators(&_CheckpointManager.TransactOpts, _validators)
}

// SubmitCheckpoint is a paid mutator transaction binding the contract method 0x4e43e495.
//
// Solidity: function submitCheckpoint(bytes data, uint256[3][] sigs) returns()
func (_CheckpointManager *CheckpointManagerTransactor) SubmitCheckpoint(opts *bind.TransactOpts, data []byte, sigs [][3]*big.Int) (*types.Transaction, error) {
	return _CheckpointManager.contract.Transact(opts, "submitCheckpoint", data, sigs)
}

// SubmitCheckpoint is a paid mutator transaction binding the contract method 0x4e43e495.
//
// Solidity: function submitCheckpoint(bytes data, uint256[3][] sigs) returns()
func (_CheckpointManager *CheckpointManagerSession) SubmitCheckpoint(data []byte, sigs [][3]*big.Int) (*types.Transaction, error) {
	return _CheckpointManager.Contract.SubmitCheckpoint(&_CheckpointManager.TransactOpts, data, sigs)
}

// SubmitCheckpoint is a paid mutator transaction binding the contract method 0x4e43e495.
//
// Solidity: function submitCheckpoint(bytes data, uint256[3][] sigs) returns()
func (_CheckpointManager *CheckpointManagerTransactorSession) SubmitCheckpoint(data []byte, sigs [][3]*big.Int) (*types.Transaction, error) {
	return _CheckpointManager.Contract.SubmitCheckpoint(&_CheckpointManager.TransactOpts, data, sigs)
}

// CheckpointManagerNewHeaderBlockIterator is returned from FilterNewHeaderBlock and is used to iterate over the raw logs and unpacked data for NewHeaderBlock events raised by the CheckpointManager contract.
type CheckpointManagerNewHeaderBlockIterator struct {
	Event *CheckpointManagerNewHeaderBlock // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *CheckpointManagerNewHeaderBlockIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CheckpointManagerNewHeaderBlock)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(CheckpointManagerNewHeaderBlock)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *CheckpointManagerNewHeaderBlockIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CheckpointManagerNewHeaderBlockIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CheckpointManagerNewHeaderBlock represents a NewHeaderBlock event raised by the CheckpointManager contract.
type CheckpointManagerNewHeaderBlock struct {
	Proposer      common.Address
	HeaderBlockId *big.Int
	Reward        *big.Int
	Start         *big.Int
	End           *big.Int
	Root          [32]byte
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterNewHeaderBlock is a free log retrieval operation binding the contract event 0xba5de06d22af2685c6c7765f60067f7d2b08c2d29f53cdf14d67f6d1c9bfb527.
//
// Solidity: event NewHeaderBlock(address indexed proposer, uint256 indexed headerBlockId, uint256 indexed reward, uint256 start, uint256 end, bytes32 root)
func (_CheckpointManager *CheckpointManagerFilterer) FilterNewHeaderBlock(opts *bind.FilterOpts, proposer []common.Address, headerBlockId []*big.Int, reward []*big.Int) (*CheckpointManagerNewHeaderBlockIterator, error) {

	var proposerRule []interface{}
	for _, proposerItem := range proposer {
		proposerRule = append(proposerRule, proposerItem)
	}
	var headerBlockIdRule []interface{}
	for _, headerBlockIdItem := range headerBlockId {
		headerBlockIdRule = append(headerBlockIdRule, headerBlockIdItem)
	}
	var rewardRule []interface{}
	for _, rewardItem := range reward {
		rewardRule = append(rewardRule, rewardItem)
	}

	logs, sub, err := _CheckpointManager.contract.FilterLogs(opts, "NewHeaderBlock", proposerRule, headerBlockIdRule, rewardRule)
	if err != nil {
		return nil, err
	}
	return &CheckpointManagerNewHeaderBlockIterator{contract: _CheckpointManager.contract, event: "NewHeaderBlock", logs: logs, sub: sub}, nil
}

// WatchNewHeaderBlock is a free log subscription operation binding the contract event 0xba5de06d22af2685c6c7765f60067f7d2b08c2d29f53cdf14d67f6d1c9bfb527.
//
// Solidity: event NewHeaderBlock(address indexed proposer, uint256 indexed headerBlockId, uint256 indexed reward, uint256 start, uint256 end, bytes32 root)
func (_CheckpointManager *CheckpointManagerFilterer) WatchNewHeaderBlock(opts *bind.WatchOpts, sink chan<- *CheckpointManagerNewHeaderBlock, proposer []common.Address, headerBlockId []*big.Int, reward []*big.Int) (event.Subscription, error) {

	var proposerRule []interface{}
	for _, proposerItem := range proposer {
		proposerRule = append(proposerRule, proposerItem)
	}
	var headerBlockIdRule []interface{}
	for _, headerBlockIdItem := range headerBlockId {
		headerBlockIdRule = append(headerBlockIdRule, headerBlockIdItem)
	}
	var rewardRule []interface{}
	for _, rewardItem := range reward {
		rewardRule = append(rewardRule, rewardItem)
	}

	logs, sub, err := _CheckpointManager.contract.WatchLogs(opts, "NewHeaderBlock", proposerRule, headerBlockIdRule, rewardRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CheckpointManagerNewHeaderBlock)
				if err := _CheckpointManager.contract.UnpackLog(event, "NewHeaderBlock", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseNewHeaderBlock is a log parse operation binding the contract event 0xba5de06d22af2685c6c7765f60067f7d2b08c2d29f53cdf14d67f6d1c9bfb527.
//
// Solidity: event NewHeaderBlock(address indexed proposer, uint256 indexed headerBlockId, uint256 indexed reward, uint256 start, uint256 end, bytes32 root)
func (_CheckpointManager *CheckpointManagerFilterer) ParseNewHeaderBlock(log types.Log) (*CheckpointManagerNewHeaderBlock, error) {
	event := new(CheckpointManagerNewHeaderBlock)
	if err := _CheckpointManager.contract.UnpackLog(event, "NewHeaderBlock", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
